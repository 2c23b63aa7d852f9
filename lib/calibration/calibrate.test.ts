import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel, type ScoringModel, ScoringModelSchema } from '../scoring';
import { auc } from './backtest';
import { type CalibrationInput, type CalibrationProgress, calibrate } from './calibrate';
import type { OutcomeInput } from './features';
import { applySuggestions } from './suggest';
import {
  modelWithPoints,
  nonFinite,
  PER_POINT,
  scoredAtOutcome,
  syntheticHistory,
  TRUE_POINTS,
  trueModel,
} from './testSupport';

const DAY_MS = 86_400_000;
const trueEffect = (ruleId: string) => PER_POINT * (TRUE_POINTS[ruleId] ?? 0);
const isPositive = (o: OutcomeInput) => o.outcome === 'won' || o.outcome === 'sql-accepted';
const withOutcomes = (input: CalibrationInput, outcomes: OutcomeInput[]) => ({ ...input, outcomes });

const training = syntheticHistory(5000, 1);
const progress: CalibrationProgress[] = [];
const result = calibrate(training, { seed: 7, onProgress: (p) => progress.push(p) });
const suggestions = result.suggestions ?? [];
const learnt = suggestions.filter((s) => s.hits > 0);

describe('calibrate on a history generated from known rule weights', () => {
  it('is ready and learns from every lead but the knocked-out', () => {
    expect(result.readiness.ready).toBe(true);
    const { positives, negatives, knockedOut } = result.data;
    expect(positives + negatives + knockedOut).toBe(5000);
    expect(learnt.length).toBeGreaterThan(30);
  });

  it('recovers the sign of every weight whose true effect is not small, in coefficients and points', () => {
    const clear = learnt.filter((s) => Math.abs(trueEffect(s.ruleId)) >= 0.5);
    expect(clear.length).toBeGreaterThan(20);
    for (const s of clear) {
      expect([s.ruleId, Math.sign(s.coefficient.estimate)]).toEqual([s.ruleId, Math.sign(trueEffect(s.ruleId))]);
      expect([s.ruleId, Math.sign(s.suggestedPoints)]).toEqual([s.ruleId, Math.sign(trueEffect(s.ruleId))]);
    }
  });

  it('ranks the strongest rules in order, above every rule with at most half their effect', () => {
    const byTruth = [...learnt].sort((a, b) => Math.abs(trueEffect(b.ruleId)) - Math.abs(trueEffect(a.ruleId)));
    const strongest = byTruth.slice(0, 3);
    expect(strongest.map((s) => s.ruleId)).toEqual(['demo-request', 'meeting-booked', 'c-level-title']);
    const estimates = strongest.map((s) => s.coefficient.estimate);
    expect(estimates).toEqual([...estimates].sort((a, b) => b - a));
    const weakest = Math.min(...estimates);
    const limit = Math.abs(trueEffect('c-level-title')) / 2;
    for (const s of learnt.filter((s) => Math.abs(trueEffect(s.ruleId)) <= limit)) {
      expect([s.ruleId, Math.abs(s.coefficient.estimate) < weakest]).toEqual([s.ruleId, true]);
    }
  });

  it('points the clear rules the right way even when the current model has every sign backwards', () => {
    const rules = [...defaultModel.fitRules, ...defaultModel.engagementRules];
    const backwards = modelWithPoints(defaultModel, Object.fromEntries(rules.map((r) => [r.id, -r.points])));
    const flipped = calibrate({ ...training, model: backwards }, { seed: 7 });
    const strong = ['demo-request', 'meeting-booked', 'c-level-title', 'free-email', 'non-target-industry'];
    for (const id of strong) {
      const s = flipped.suggestions?.find((x) => x.ruleId === id);
      expect([id, Math.sign(s?.suggestedPoints ?? 0)]).toEqual([id, Math.sign(trueEffect(id))]);
    }
    expect(flipped.backtest?.suggested.auc).toBeGreaterThan(0.75);
  });

  it('suggests a model whose AUC on held-out leads is within 0.02 of the true model, beating the current one', () => {
    const heldOut = syntheticHistory(5000, 2);
    const { model } = applySuggestions(
      defaultModel,
      suggestions,
      suggestions.map((s) => s.ruleId),
    );
    const aucOf = (m: ScoringModel) => {
      const rows = scoredAtOutcome(heldOut, m);
      return auc(
        rows.map((r) => r.score),
        rows.map((r) => r.label),
      ) as number;
    };
    const [truth, suggested, current] = [trueModel, model, defaultModel].map(aucOf);
    expect(Math.abs((truth ?? 0) - (suggested ?? 0))).toBeLessThan(0.02);
    expect(suggested).toBeGreaterThan((current ?? 0) + 0.03);
  });

  it('backtests the cross-validated suggestions as better than the current model', () => {
    const { current, suggested } = result.backtest ?? {};
    expect(suggested?.auc).toBeGreaterThan((current?.auc ?? 1) + 0.03);
    expect(suggested?.leads).toBe(5000);
    for (const report of [current, suggested]) {
      expect(report?.lift[0]?.lift).toBeGreaterThan(2);
      expect(report?.calibration.reduce((s, b) => s + b.leads, 0)).toBe(5000);
    }
  });

  it('gives a valid next model with a readable diff', () => {
    const accepted = suggestions.filter((s) => s.significant).map((s) => s.ruleId);
    const { model, changes } = applySuggestions(defaultModel, suggestions, accepted);
    expect(ScoringModelSchema.parse(model)).toEqual(model);
    expect(model.version).toBe(2);
    expect(changes[0]?.text).toBe('Model version: 1 → 2');
    for (const change of changes.slice(1)) {
      expect(change.text).toMatch(/^(Fit|Engagement) rule "[^"]+": (points|capPerDay|capTotal) [+-]?\d+ → [+-]?\d+$/);
    }
    const moved = suggestions.filter((s) => accepted.includes(s.ruleId) && s.suggestedPoints !== s.currentPoints);
    expect(changes.filter((c) => c.field === 'points').map((c) => c.ruleId)).toEqual(moved.map((s) => s.ruleId));
  });

  it('returns plain finite data a Web Worker can post', () => {
    expect(nonFinite(result)).toEqual([]);
    expect(structuredClone(result)).toEqual(result);
  });

  it('reports progress through every phase, never going back, ending at 1', () => {
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['features', 'fit', 'suggestions', 'backtest', 'done']);
    progress.slice(1).forEach((p, i) => {
      expect(p.fraction).toBeGreaterThanOrEqual(progress[i]?.fraction ?? 0);
    });
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
  });

  it('uses the seed only for the cross-validation folds', () => {
    const other = calibrate(training, { seed: 8 });
    expect(other.suggestions).toEqual(result.suggestions);
    expect(other.backtest?.current).toEqual(result.backtest?.current);
    expect(other.backtest?.suggested).not.toEqual(result.backtest?.suggested);
  });
});

describe('calibrate on degenerate input', () => {
  const small = syntheticHistory(300, 5);
  const noKnockouts = { ...small, model: { ...defaultModel, knockouts: [] } };

  it.each([
    ['won', /^All 2\d\d outcomes are won or SQL-accepted: .* Record 10 more lost outcomes to get suggestions$/],
    ['lost', /^All 2\d\d outcomes are lost or disqualified: .* Record 10 more won outcomes to get suggestions$/],
  ] as const)('explains outcomes that are all %s', (outcome, message) => {
    const all = calibrate(
      withOutcomes(
        small,
        small.outcomes.map((o) => ({ ...o, outcome })),
      ),
      { seed: 1 },
    );
    expect(all.readiness).toMatchObject({ ready: false, message: expect.stringMatching(message) });
    expect(all.suggestions).toBeUndefined();
    expect(all.backtest).toBeUndefined();
    expect(nonFinite(all)).toEqual([]);
  });

  it('explains an empty history', () => {
    const steps: CalibrationProgress[] = [];
    const empty = calibrate(
      { model: defaultModel, leads: [], outcomes: [] },
      { seed: 1, onProgress: (p) => steps.push(p) },
    );
    expect(empty.readiness).toMatchObject({ ready: false, needPositive: 10, needNegative: 10, needEither: 10 });
    if (!empty.readiness.ready) expect(empty.readiness.message).toMatch(/^No won or lost outcomes yet\./);
    expect(nonFinite(empty)).toEqual([]);
    expect(nonFinite(steps)).toEqual([]);
    expect(steps.at(-1)).toEqual({ phase: 'done', fraction: 1 });
  });

  it('needs 30 outcomes with 10 of each kind', () => {
    const positives = noKnockouts.outcomes.filter(isPositive).slice(0, 10);
    const negatives = noKnockouts.outcomes.filter((o) => !isPositive(o)).slice(0, 20);
    const short = calibrate(withOutcomes(noKnockouts, [...positives, ...negatives.slice(0, 19)]), { seed: 1 });
    expect(short.readiness).toMatchObject({
      ready: false,
      message: 'Record 1 more won or lost outcome to get suggestions',
    });
    const enough = calibrate(withOutcomes(noKnockouts, [...positives, ...negatives]), { seed: 1 });
    expect(enough.readiness.ready).toBe(true);
    expect(nonFinite(enough)).toEqual([]);
  });

  it('keeps the points of a rule that fires for every lead', () => {
    const always = {
      ...small,
      model: {
        ...defaultModel,
        fitRules: [
          ...defaultModel.fitRules,
          {
            id: 'has-name',
            label: 'Has a name',
            points: 10,
            when: [{ type: 'field' as const, field: 'name', op: 'exists' as const }],
          },
        ],
      },
    };
    const calibrated = calibrate(always, { seed: 1 });
    expect(calibrated.suggestions?.find((s) => s.ruleId === 'has-name')).toMatchObject({
      currentPoints: 10,
      suggestedPoints: 10,
      significant: false,
      note: 'Fired alike for every lead with an outcome: nothing to compare, points kept',
    });
    expect(nonFinite(calibrated)).toEqual([]);
  });

  it('learns from the latest outcome of a lead with several', () => {
    const earlier = small.outcomes
      .slice(0, 100)
      .map((o): OutcomeInput => ({ ...o, outcome: isPositive(o) ? 'lost' : 'won', at: o.at - DAY_MS }));
    const later = small.outcomes.slice(0, 100).map((o): OutcomeInput => ({ ...o, at: o.at + 1 }));
    const duplicated = calibrate(withOutcomes(small, [...later, ...earlier, ...small.outcomes]), { seed: 1 });
    const plain = calibrate(small, { seed: 1 });
    expect(duplicated.data.superseded).toBe(200);
    expect(duplicated.readiness).toEqual(plain.readiness);
    expect(duplicated.suggestions?.map((s) => s.suggestedPoints)).toEqual(
      plain.suggestions?.map((s) => s.suggestedPoints),
    );
  });

  it('learns the fit rules alone from outcomes recorded before any activity', () => {
    const early = calibrate(
      withOutcomes(
        small,
        small.outcomes.map((o) => ({ ...o, at: o.at - 200 * DAY_MS })),
      ),
      { seed: 1 },
    );
    expect(early.readiness.ready).toBe(true);
    for (const s of early.suggestions ?? []) {
      if (s.kind === 'engagement') expect(s).toMatchObject({ hits: 0, suggestedPoints: s.currentPoints });
    }
    expect(early.suggestions?.some((s) => s.kind === 'fit' && s.suggestedPoints !== s.currentPoints)).toBe(true);
    expect(nonFinite(early)).toEqual([]);
  });
});

describe('calibrate properties', () => {
  it('is deterministic for a seed, leaves its input alone and never gives NaN', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 150 }),
        (seed, data, count) => {
          const input = syntheticHistory(count, data);
          const before = JSON.stringify(input);
          const first = calibrate(input, { seed });
          expect(calibrate(input, { seed })).toEqual(first);
          expect(JSON.stringify(input)).toBe(before);
          expect(nonFinite(first)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
