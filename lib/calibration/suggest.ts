import { diffModels, type EngagementRule, type ModelChange, type ScoringModel, type Thresholds } from '../scoring';
import { type FeatureSpec, type Sample, unitsAt } from './features';
import type { LogisticFit } from './logistic';
import { project, rawSums } from './project';

export interface StageChanges {
  /** Past leads that would go from lead to MQL. */
  toMql: number;
  /** Past leads that would go from MQL back to lead. */
  toLead: number;
}

export interface RuleSuggestion {
  ruleId: string;
  kind: 'fit' | 'engagement';
  label: string;
  currentPoints: number;
  suggestedPoints: number;
  /** 95% interval of the suggested points. */
  interval: { low: number; high: number };
  /** Log-odds of a positive outcome per rule hit (per occurrence for engagement), with its 95% interval. */
  coefficient: { estimate: number; low: number; high: number };
  /** Learnt-from leads the rule fired for. */
  hits: number;
  /** The rule fired for some leads and not others, and the interval excludes "no effect". */
  significant: boolean;
  /** Set when the points stay as they are for lack of contrast. */
  note?: string;
  /** The effect of accepting this suggestion alone. */
  stageChanges: StageChanges;
}

const MAX_POINTS = 1000;
/** Points per unit of log-odds when the current model gives no scale to match (all its points 0). */
const FALLBACK_SCALE = 20;

const toPoints = (v: number) => Math.min(MAX_POINTS, Math.max(-MAX_POINTS, Math.round(v))) + 0; // + 0: no -0

/** Per feature: 'never' when it never fires, 'always' when it is the same for every lead, else undefined. */
function noContrast(specs: readonly FeatureSpec[], training: readonly Sample[]): ('never' | 'always' | undefined)[] {
  return specs.map((spec, j) => {
    const first = training[0] ? unitsAt(training[0], j, spec.points) : 0;
    if (training.some((s) => unitsAt(s, j, spec.points) !== first)) return undefined;
    return first === 0 ? 'never' : 'always';
  });
}

/**
 * Points per unit of log-odds. The least-squares fit of the current scores to the fitted log-odds
 * over the learnt-from leads (through the origin: the model has no intercept), so the suggested
 * scores keep the current scale and the thresholds keep their meaning. A model that ranks leads
 * backwards would get a negative scale, flipping every sign; its spread is matched instead.
 */
export function pointScale(
  specs: readonly FeatureSpec[],
  coefficients: readonly number[],
  training: readonly Sample[],
  learnable: readonly boolean[],
): number {
  let sz = 0;
  let zz = 0;
  let ss = 0;
  for (const sample of training) {
    let s = 0;
    let z = 0;
    specs.forEach((spec, j) => {
      if (!learnable[j]) return;
      const units = unitsAt(sample, j, spec.points);
      s += spec.points * units;
      z += (coefficients[j] ?? 0) * units;
    });
    sz += s * z;
    zz += z * z;
    ss += s * s;
  }
  if (!(zz > 0)) return FALLBACK_SCALE;
  if (sz > 0) return sz / zz;
  return ss > 0 ? Math.sqrt(ss / zz) : FALLBACK_SCALE;
}

/** Suggested whole points per feature: the coefficient times the scale; rules without contrast keep theirs. */
export function suggestedPoints(specs: readonly FeatureSpec[], fit: LogisticFit, training: readonly Sample[]) {
  const contrast = noContrast(specs, training);
  const learnable = contrast.map((c) => c === undefined);
  const scale = pointScale(specs, fit.coefficients, training, learnable);
  const points = specs.map((spec, j) => (learnable[j] ? toPoints(scale * (fit.coefficients[j] ?? 0)) : spec.points));
  return { points, scale, contrast };
}

function countMove(changes: StageChanges, was: string, next: string): void {
  if (was === 'lead' && next === 'mql') changes.toMql++;
  if (was === 'mql' && next === 'lead') changes.toLead++;
}

/** How many samples move between lead and MQL when the points change from `before` to `after`. */
export function stageChanges(
  samples: readonly Sample[],
  specs: readonly FeatureSpec[],
  before: readonly number[],
  after: readonly number[],
  thresholds: Thresholds,
): StageChanges {
  const changes = { toMql: 0, toLead: 0 };
  for (const sample of samples) {
    const was = project(sample, rawSums(sample, specs, before), thresholds).stage;
    countMove(changes, was, project(sample, rawSums(sample, specs, after), thresholds).stage);
  }
  return changes;
}

/** stageChanges for one rule moving from its current points to `to`, from the samples' current raw sums. */
function ruleStageChanges(
  samples: readonly Sample[],
  current: readonly (readonly [number, number])[],
  spec: FeatureSpec,
  j: number,
  to: number,
  thresholds: Thresholds,
): StageChanges {
  const changes = { toMql: 0, toLead: 0 };
  samples.forEach((sample, i) => {
    const delta = to * unitsAt(sample, j, to) - spec.points * unitsAt(sample, j, spec.points);
    if (delta === 0) return;
    const [fit, engagement] = current[i] ?? [0, 0];
    const was = project(sample, [fit, engagement], thresholds).stage;
    const next = project(
      sample,
      spec.kind === 'fit' ? [fit + delta, engagement] : [fit, engagement + delta],
      thresholds,
    );
    countMove(changes, was, next.stage);
  });
  return changes;
}

export function describeSuggestions(
  specs: readonly FeatureSpec[],
  fit: LogisticFit,
  training: readonly Sample[],
  samples: readonly Sample[],
  thresholds: Thresholds,
  onStep: (done: number, total: number) => void = () => {},
): RuleSuggestion[] {
  const { points, scale, contrast } = suggestedPoints(specs, fit, training);
  const current = specs.map((spec) => spec.points);
  const currentSums = samples.map((s) => rawSums(s, specs, current));
  return specs.map((spec, j) => {
    onStep(j, specs.length);
    const estimate = fit.coefficients[j] ?? 0;
    const [low, high] = fit.intervals[j] ?? [0, 0];
    const suggested = points[j] ?? spec.points;
    const note =
      contrast[j] === 'never'
        ? 'Fired for no lead with an outcome: no evidence, points kept'
        : contrast[j] === 'always'
          ? 'Fired alike for every lead with an outcome: nothing to compare, points kept'
          : undefined;
    return {
      ruleId: spec.ruleId,
      kind: spec.kind,
      label: spec.label,
      currentPoints: spec.points,
      suggestedPoints: suggested,
      interval: { low: toPoints(scale * low), high: toPoints(scale * high) },
      coefficient: { estimate, low, high },
      hits: training.filter((s) => (s.decayed[j] ?? 0) !== 0 || (s.undecayed[j] ?? 0) !== 0).length,
      significant: contrast[j] === undefined && (low > 0 || high < 0),
      ...(note ? { note } : {}),
      stageChanges: ruleStageChanges(samples, currentSums, spec, j, suggested, thresholds),
    };
  });
}

/** An engagement rule with new points; its caps keep the same number of occurrences. */
function withPoints(rule: EngagementRule, points: number): EngagementRule {
  if (rule.points === 0 || points === 0) return { ...rule, points };
  const factor = Math.abs(points) / Math.abs(rule.points);
  const cap = (c: number | undefined) => (c === undefined ? undefined : Math.max(1, Math.round(c * factor)));
  const next: EngagementRule = { ...rule, points };
  if (rule.capPerDay !== undefined) next.capPerDay = cap(rule.capPerDay);
  if (rule.capTotal !== undefined) next.capTotal = cap(rule.capTotal);
  return next;
}

/**
 * The model with the accepted suggestions' points (engagement caps scale along, so a cap still
 * allows as many occurrences), as the next version, and what changed.
 */
export function applySuggestions(
  model: ScoringModel,
  suggestions: readonly RuleSuggestion[],
  accepted: readonly string[],
): { model: ScoringModel; changes: ModelChange[] } {
  const chosen = new Map(
    suggestions.filter((s) => accepted.includes(s.ruleId)).map((s) => [s.ruleId, s.suggestedPoints] as const),
  );
  const next: ScoringModel = {
    ...model,
    version: model.version + 1,
    fitRules: model.fitRules.map((r) => {
      const points = chosen.get(r.id);
      return points === undefined || points === r.points ? r : { ...r, points };
    }),
    engagementRules: model.engagementRules.map((r) => {
      const points = chosen.get(r.id);
      return points === undefined || points === r.points ? r : withPoints(r, points);
    }),
  };
  return { model: next, changes: diffModels(model, next) };
}
