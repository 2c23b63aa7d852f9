import { describe, expect, it } from 'vitest';
import { defaultModel, ScoringModelSchema } from '../scoring';
import { testModel } from '../scoring/testSupport';
import type { FeatureSpec, Sample } from './features';
import type { LogisticFit } from './logistic';
import { applySuggestions, describeSuggestions, pointScale, type RuleSuggestion, suggestedPoints } from './suggest';

const spec = (ruleId: string, points: number): FeatureSpec => ({ ruleId, kind: 'fit', label: ruleId, points });

function sample(units: number[], label: 0 | 1 = 0): Sample {
  return {
    leadId: 'x',
    at: 0,
    label,
    reachedSql: label === 1,
    knockedOut: false,
    decayed: Float64Array.from(units),
    undecayed: Float64Array.from(units),
    fit: 0,
    engagement: 0,
    stage: 'lead',
  };
}

function fitOf(coefficients: number[], halfWidth = 0.1): LogisticFit {
  return {
    intercept: 0,
    coefficients,
    standardErrors: coefficients.map(() => halfWidth / 1.96),
    intervals: coefficients.map((c) => [c - halfWidth, c + halfWidth]),
    iterations: 1,
    converged: true,
  };
}

const training = [sample([1, 0]), sample([0, 1]), sample([1, 1]), sample([0, 0])];

describe('pointScale', () => {
  it('aligns the current scores with the fitted log-odds by least squares', () => {
    expect(pointScale([spec('a', 10), spec('b', 20)], [1, 2], training, [true, true])).toBeCloseTo(10, 12);
  });

  it('stays positive for a model that ranks leads backwards, so points follow the coefficients', () => {
    const specs = [spec('a', -10), spec('b', -20)];
    expect(pointScale(specs, [1, 2], training, [true, true])).toBeCloseTo(10, 12);
    expect(suggestedPoints(specs, fitOf([1, 2]), training).points).toEqual([10, 20]);
  });

  it('falls back to 20 points per log-odds when the current points are all 0', () => {
    expect(pointScale([spec('a', 0), spec('b', 0)], [1, 2], training, [true, true])).toBe(20);
  });
});

describe('suggestedPoints', () => {
  it('rounds to whole points within -1000..1000, never -0, and keeps rules without contrast', () => {
    const specs = [spec('a', 900), spec('b', 900), spec('c', 0), spec('never', 7), spec('always', 5)];
    const rows = [
      [1, 0, 1, 0, 1],
      [0, 1, 0, 0, 1],
      [1, 1, 0, 0, 1],
      [0, 0, 1, 0, 1],
    ].map((units) => sample(units));
    const { points, scale, contrast } = suggestedPoints(specs, fitOf([1, 0.2, -0.0001, 3, 3]), rows);
    expect(scale).toBeGreaterThan(1000);
    expect(points).toEqual([1000, Math.round(0.2 * scale), 0, 7, 5]);
    expect(Object.is(points[2], -0)).toBe(false);
    expect(contrast).toEqual([undefined, undefined, undefined, 'never', 'always']);
  });
});

describe('describeSuggestions', () => {
  const thresholds = { ...testModel().thresholds, mqlFit: 40, mqlEngagement: 0 };

  it('reports the points, interval, evidence and the stage moves each suggestion alone would cause', () => {
    const specs = [spec('a', 10), spec('b', 20), spec('never', 7)];
    const rows = [sample([1, 1, 0], 1), sample([1, 0, 0]), sample([0, 1, 0]), sample([0, 0, 0])];
    const [a, b, never] = describeSuggestions(specs, fitOf([3, 1, 0.5], 0.5), rows, rows, thresholds);
    // Scale 170 / 26: the least-squares fit of scores 30, 10, 20, 0 to log-odds 4, 3, 1, 0.
    expect(a).toEqual({
      ruleId: 'a',
      kind: 'fit',
      label: 'a',
      currentPoints: 10,
      suggestedPoints: 20,
      interval: { low: 16, high: 23 },
      coefficient: { estimate: 3, low: 2.5, high: 3.5 },
      hits: 2,
      significant: true,
      // a at 20 lifts the lead scoring a + b from 30 to 40, the MQL fit threshold.
      stageChanges: { toMql: 1, toLead: 0 },
    });
    expect(b).toMatchObject({ suggestedPoints: 7, significant: true, stageChanges: { toMql: 0, toLead: 0 } });
    expect(never).toMatchObject({
      suggestedPoints: 7,
      significant: false,
      hits: 0,
      note: 'Fired for no lead with an outcome: no evidence, points kept',
    });
  });
});

describe('applySuggestions', () => {
  const suggestions = (entries: [string, number][]) =>
    entries.map(([ruleId, suggestedPoints]) => ({ ruleId, suggestedPoints }) as RuleSuggestion);

  it('applies only the accepted points as the next version, scaling engagement caps, with a readable diff', () => {
    const before = JSON.stringify(defaultModel);
    const { model, changes } = applySuggestions(
      defaultModel,
      suggestions([
        ['c-level-title', 40],
        ['pricing-page-visit', 25],
        ['europe', -5],
        ['email-open', 0],
        ['call', 10],
      ]),
      ['c-level-title', 'pricing-page-visit', 'email-open', 'call', 'no-such-rule'],
    );
    expect(JSON.stringify(defaultModel)).toBe(before);
    expect(ScoringModelSchema.parse(model)).toEqual(model);
    expect(changes.map((c) => c.text)).toEqual([
      'Model version: 1 → 2',
      'Fit rule "Owner or C-level title": points +25 → +40',
      'Engagement rule "Pricing page visit": points +50 → +25',
      'Engagement rule "Pricing page visit": capPerDay 50 → 25',
      'Engagement rule "Pricing page visit": capTotal 100 → 50',
      'Engagement rule "Email open": points +1 → 0',
      'Engagement rule "Call": points 0 → +10',
    ]);
  });

  it('keeps every cap at least 1', () => {
    const { model } = applySuggestions(defaultModel, suggestions([['email-click', 1]]), ['email-click']);
    expect(model.engagementRules.find((r) => r.id === 'email-click')).toMatchObject({ capPerDay: 2, capTotal: 6 });
    const tiny = applySuggestions(defaultModel, suggestions([['email-reply', 1]]), ['email-reply']).model;
    expect(tiny.engagementRules.find((r) => r.id === 'email-reply')).toMatchObject({ capPerDay: 1, capTotal: 2 });
  });

  it('still makes a new version when nothing is accepted', () => {
    const { model, changes } = applySuggestions(defaultModel, suggestions([['europe', 9]]), []);
    expect(model.version).toBe(2);
    expect(changes.map((c) => c.text)).toEqual(['Model version: 1 → 2']);
  });
});
