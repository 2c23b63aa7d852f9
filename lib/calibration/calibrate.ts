import type { ScoringModel, Thresholds } from '../scoring';
import { type BacktestReport, type BacktestRow, backtest } from './backtest';
import {
  type DataSummary,
  extractSamples,
  type FeatureSpec,
  type LeadInput,
  type OutcomeInput,
  type Sample,
  unitsAt,
} from './features';
import { designFrom, fitLogistic, type LogisticFit } from './logistic';
import { project, rawSums } from './project';
import { random, shuffle } from './random';
import { type Readiness, readiness } from './readiness';
import { describeSuggestions, type RuleSuggestion, type StageChanges, stageChanges, suggestedPoints } from './suggest';

export interface CalibrationInput {
  model: ScoringModel;
  leads: readonly LeadInput[];
  outcomes: readonly OutcomeInput[];
}

export type CalibrationPhase = 'features' | 'fit' | 'suggestions' | 'backtest' | 'done';

export interface CalibrationProgress {
  phase: CalibrationPhase;
  /** Of the whole run, 0..1, never decreasing; 1 once done. */
  fraction: number;
}

export interface CalibrationOptions {
  /** Assigns the cross-validation folds of the backtest; nothing else is random. */
  seed: number;
  onProgress?: (progress: CalibrationProgress) => void;
}

/** Plain data throughout, so it can be posted from a Web Worker. */
export interface CalibrationResult {
  readiness: Readiness;
  data: DataSummary;
  suggestions?: RuleSuggestion[];
  /** Past leads that would change stage if every suggestion were accepted. */
  stageChanges?: StageChanges;
  /**
   * Both models over the history. The suggested model is cross-validated: each lead is scored with
   * points learnt without it, so it does not win merely by having been fitted to these outcomes.
   */
  backtest?: { current: BacktestReport; suggested: BacktestReport };
}

const FOLDS = 5;
/** Where each phase starts in the overall fraction, after timings in Node. */
const PHASE_START: Record<CalibrationPhase, number> = {
  features: 0,
  fit: 0.4,
  suggestions: 0.6,
  backtest: 0.65,
  done: 1,
};
const PHASE_ORDER: CalibrationPhase[] = ['features', 'fit', 'suggestions', 'backtest', 'done'];

function progressReporter(onProgress: CalibrationOptions['onProgress']) {
  return (phase: CalibrationPhase, part: number) => {
    const start = PHASE_START[phase];
    const end = PHASE_START[PHASE_ORDER[PHASE_ORDER.indexOf(phase) + 1] ?? 'done'];
    // 0 of 0 done gives NaN: count it as nothing done.
    onProgress?.({ phase, fraction: start + (end - start) * (part > 0 ? Math.min(1, part) : 0) });
  };
}

/**
 * The regression of the outcome on the rule hits, shrunk towards the current model: its points times
 * the log-odds per point its own scores show. So a rule with little evidence stays near its points,
 * and so does the level of a group of rules exactly one of which always fires (the seniorities), which
 * the outcomes cannot tell from the intercept. A model whose scores run against the outcomes is no
 * guide: then the pull is towards 0.
 */
function fitSamples(specs: readonly FeatureSpec[], training: readonly Sample[]): LogisticFit {
  const rows = training.map((s) => specs.map((spec, j) => unitsAt(s, j, spec.points)));
  const labels = training.map((s) => s.label);
  const scores = rows.map((row) => [specs.reduce((sum, spec, j) => sum + spec.points * (row[j] ?? 0), 0) / 100]);
  const perPoint = (fitLogistic(designFrom(scores, 1), labels, { l2: 1e-4 }).coefficients[0] ?? 0) / 100;
  return fitLogistic(designFrom(rows, specs.length), labels, {
    prior: specs.map((spec) => Math.max(0, perPoint) * spec.points),
  });
}

/** Fold per sample, dealt round-robin after a seeded shuffle within each label and knock-out group. */
function assignFolds(samples: readonly Sample[], seed: number): number[] {
  const rand = random(seed);
  const groups = new Map<string, number[]>();
  samples.forEach((s, i) => {
    const key = `${s.label}${s.knockedOut}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const folds = new Array<number>(samples.length).fill(0);
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    for (const i of shuffle(groups.get(key) ?? [], rand)) folds[i] = next++ % FOLDS;
  }
  return folds;
}

/** Each sample scored with points learnt from the other folds. */
function crossValidatedRows(
  specs: readonly FeatureSpec[],
  samples: readonly Sample[],
  thresholds: Thresholds,
  seed: number,
  onStep: (done: number, total: number) => void,
): BacktestRow[] {
  const folds = assignFolds(samples, seed);
  const rows: BacktestRow[] = new Array(samples.length);
  for (let f = 0; f < FOLDS; f++) {
    onStep(f, FOLDS);
    const training = samples.filter((s, i) => folds[i] !== f && !s.knockedOut);
    const { points } = suggestedPoints(specs, fitSamples(specs, training), training);
    samples.forEach((sample, i) => {
      if (folds[i] !== f) return;
      const scored = project(sample, rawSums(sample, specs, points), thresholds);
      rows[i] = {
        score: scored.total,
        mql: scored.stage === 'mql',
        label: sample.label,
        reachedSql: sample.reachedSql,
      };
    });
  }
  return rows;
}

/**
 * Learns rule points from recorded outcomes: scores every lead with an outcome as of that outcome,
 * fits a logistic regression of the outcome on the rule hits, maps the coefficients back to points
 * and backtests both models. Pure and synchronous; run it in a Web Worker for large histories.
 */
export function calibrate(input: CalibrationInput, options: CalibrationOptions): CalibrationResult {
  const report = progressReporter(options.onProgress);
  const { model } = input;
  const { specs, samples, summary } = extractSamples(model, input.leads, input.outcomes, (done, total) =>
    report('features', done / total),
  );
  const status = readiness(summary.positives, summary.negatives);
  if (!status.ready) {
    report('done', 1);
    return { readiness: status, data: summary };
  }
  const training = samples.filter((s) => !s.knockedOut);
  report('fit', 0);
  const fit = fitSamples(specs, training);
  report('fit', 1);
  const suggestions = describeSuggestions(specs, fit, training, samples, model.thresholds, (done, total) =>
    report('suggestions', done / total),
  );
  const current = specs.map((s) => s.points);
  const suggested = suggestions.map((s) => s.suggestedPoints);
  const rows = crossValidatedRows(specs, samples, model.thresholds, options.seed, (done, total) =>
    report('backtest', done / total),
  );
  const result: CalibrationResult = {
    readiness: status,
    data: summary,
    suggestions,
    stageChanges: stageChanges(samples, specs, current, suggested, model.thresholds),
    backtest: {
      current: backtest(
        samples.map((s) => ({
          score: s.fit + s.engagement,
          mql: s.stage === 'mql',
          label: s.label,
          reachedSql: s.reachedSql,
        })),
      ),
      suggested: backtest(rows),
    },
  };
  report('done', 1);
  return result;
}
