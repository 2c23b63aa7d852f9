import { describe, expect, it } from 'vitest';
import type { Decay } from './model';
import { ENGAGEMENT_LIMIT_RULE_ID, scoreLead } from './scoreLead';
import { daysAgo, engagementRule, NOW, sumOf, testModel } from './testSupport';
import type { ScorableActivity } from './types';

const at = (iso: string) => ({ type: 'visit', at: iso });

function engagementWith(decay: Decay, activities: ScorableActivity[], points = 50) {
  const model = testModel({
    engagementRules: [engagementRule('visit', points)],
    decay: { default: decay, groups: {} },
  });
  return scoreLead({}, activities, model, NOW);
}

describe('decay', () => {
  it.each([
    [0, 50],
    [15, 35],
    [30, 25],
    [60, 13],
    [300, 0],
  ])('a 30-day half-life leaves 50 points %i days later at %i', (days, points) => {
    const result = engagementWith({ kind: 'half-life', days: 30 }, [at(daysAgo(days))]);
    expect(result.engagement).toBe(points);
    expect(result.contributions[0]).toMatchObject({ points, decayedFrom: 50, at: daysAgo(days) });
  });

  it.each([
    [0, 50],
    [13.9, 50],
    [14, 50],
    [14.01, 0],
    [100, 0],
  ])('a 14-day window leaves 50 points %f days later at %i', (days, points) => {
    expect(engagementWith({ kind: 'window', days: 14 }, [at(daysAgo(days))]).engagement).toBe(points);
  });

  it('says when an activity fell out of the window, keeping the points it had', () => {
    const [c] = engagementWith({ kind: 'window', days: 14 }, [at(daysAgo(20))]).contributions;
    expect(c).toMatchObject({ points: 0, decayedFrom: 50 });
    expect(c?.evidence).toContain('outside the decay window');
  });

  it('keeps every point without decay', () => {
    expect(engagementWith({ kind: 'none' }, [at(daysAgo(3000))]).engagement).toBe(50);
  });

  it('counts a future-dated activity as happening now', () => {
    const [c] = engagementWith({ kind: 'half-life', days: 30 }, [at(daysAgo(-5))]).contributions;
    expect(c).toMatchObject({ points: 50, at: daysAgo(-5) });
    expect(c?.evidence).toContain('future-dated');
  });

  it('decays each group by its own rule', () => {
    const model = testModel({
      engagementRules: [engagementRule('visit', 40), engagementRule('email-open', 10, { decayGroup: 'email' })],
      decay: { default: { kind: 'half-life', days: 10 }, groups: { email: { kind: 'window', days: 30 } } },
    });
    const result = scoreLead({}, [at(daysAgo(20)), { type: 'email-open', at: daysAgo(20) }], model, NOW);
    expect(result.contributions.map((c) => [c.ruleId, c.points])).toEqual([
      ['email-open', 10],
      ['visit', 10],
    ]);
  });

  it('never decays negative points', () => {
    const model = testModel({
      engagementRules: [engagementRule('visit', 50), engagementRule('email-unsubscribe', -20)],
      decay: { default: { kind: 'half-life', days: 30 }, groups: {} },
    });
    const result = scoreLead({}, [at(daysAgo(0)), { type: 'email-unsubscribe', at: daysAgo(90) }], model, NOW);
    expect(result.engagement).toBe(30);
  });
});

describe('caps and repeats', () => {
  const opens = (iso: string, n: number) => Array.from({ length: n }, () => ({ type: 'email-open', at: iso }));

  it('caps points per UTC day, newest first', () => {
    const model = testModel({ engagementRules: [engagementRule('email-open', 1, { capPerDay: 3 })] });
    const result = scoreLead(
      {},
      [...opens('2025-05-30T08:00:00Z', 5), ...opens('2025-05-31T23:30:00Z', 2), ...opens('2025-06-01T00:30:00Z', 2)],
      model,
      NOW,
    );
    expect(result.engagement).toBe(7);
    expect(result.ignoredActivities).toEqual([
      { type: 'email-open', at: '2025-05-30T08:00:00.000Z', reason: 'cap-per-day' },
      { type: 'email-open', at: '2025-05-30T08:00:00.000Z', reason: 'cap-per-day' },
    ]);
  });

  it('counts part of an activity that crosses the daily cap and says so', () => {
    const model = testModel({ engagementRules: [engagementRule('product-action', 5, { capPerDay: 12 })] });
    const acts = [1, 2, 3].map((h) => ({ type: 'product-action', at: `2025-05-31T0${h}:00:00Z` }));
    const result = scoreLead({}, acts, model, NOW);
    expect(result.contributions.map((c) => c.points)).toEqual([2, 5, 5]);
    expect(result.contributions[0]?.evidence).toBe('product-action on 2025-05-31; capped at 12 a day');
  });

  it('caps points in total, keeping the newest', () => {
    const model = testModel({ engagementRules: [engagementRule('page-view', 4, { capTotal: 10 })] });
    const acts = [1, 2, 3, 4].map((d) => ({ type: 'page-view', at: daysAgo(d) }));
    const result = scoreLead({}, acts, model, NOW);
    expect(result.engagement).toBe(10);
    expect(result.contributions.map((c) => [c.at, c.points])).toEqual([
      [daysAgo(3), 2],
      [daysAgo(2), 4],
      [daysAgo(1), 4],
    ]);
    expect(result.contributions[0]?.evidence).toContain('capped at 10 in all');
    expect(result.ignoredActivities).toEqual([{ type: 'page-view', at: daysAgo(4), reason: 'cap-total' }]);
  });

  it('applies the daily cap before the total cap', () => {
    const model = testModel({ engagementRules: [engagementRule('email-click', 5, { capPerDay: 10, capTotal: 15 })] });
    const acts = [
      ...Array(3).fill({ type: 'email-click', at: daysAgo(1) }),
      ...Array(3).fill({ type: 'email-click', at: daysAgo(2) }),
    ];
    expect(scoreLead({}, acts, model, NOW).engagement).toBe(15);
  });

  it("scores a 'first' activity once, dated by its latest occurrence", () => {
    const model = testModel({
      engagementRules: [engagementRule('demo-request', 60, { repeat: 'first' })],
      decay: { default: { kind: 'half-life', days: 30 }, groups: {} },
    });
    const acts = [90, 30, 60].map((d) => ({ type: 'demo-request', at: daysAgo(d) }));
    const result = scoreLead({}, acts, model, NOW);
    expect(result.contributions).toHaveLength(1);
    expect(result.contributions[0]).toMatchObject({ points: 30, decayedFrom: 60, at: daysAgo(30) });
    expect(result.ignoredActivities.map((i) => i.reason)).toEqual(['repeat', 'repeat']);
  });

  it("scores an 'every' activity each time", () => {
    const model = testModel({ engagementRules: [engagementRule('whitepaper-download', 10)] });
    const acts = [1, 2, 3].map((d) => ({ type: 'whitepaper-download', at: daysAgo(d) }));
    expect(scoreLead({}, acts, model, NOW).engagement).toBe(30);
  });

  it('lists zero-point activities without points', () => {
    const model = testModel({ engagementRules: [engagementRule('call', 0, { capPerDay: 1 })] });
    const result = scoreLead(
      {},
      [
        { type: 'call', at: daysAgo(1) },
        { type: 'call', at: daysAgo(1) },
      ],
      model,
      NOW,
    );
    expect(result.contributions.map((c) => c.points)).toEqual([0, 0]);
  });
});

describe('activity input', () => {
  const model = testModel({ engagementRules: [engagementRule('page-view', 2)] });

  it('counts activities sharing a dedupe key, or else an id, once', () => {
    const acts = [
      { type: 'page-view', at: daysAgo(1), dedupeKey: 'a' },
      { type: 'page-view', at: daysAgo(1), dedupeKey: 'a' },
      { type: 'page-view', at: daysAgo(2), id: 'b' },
      { type: 'page-view', at: daysAgo(2), id: 'b' },
      { type: 'page-view', at: daysAgo(3) },
      { type: 'page-view', at: daysAgo(3) },
    ];
    const result = scoreLead({}, acts, model, NOW);
    expect(result.engagement).toBe(8);
    expect(result.ignoredActivities.map((i) => i.reason)).toEqual(['duplicate', 'duplicate']);
  });

  it.each<[string, unknown]>([
    ['a word', 'yesterday'],
    ['an impossible date', '2025-02-30'],
    ['a month 13', '2025-13-01T00:00:00Z'],
    ['an invalid Date', new Date('nope')],
    ['a missing date', undefined],
    ['an object', {}],
    ['an infinite number', Number.POSITIVE_INFINITY],
    ['a locale date', '6/1/2025'],
  ])('ignores %s as a date', (_name, date) => {
    const result = scoreLead({}, [{ type: 'page-view', at: date as string }], model, NOW);
    expect(result.engagement).toBe(0);
    expect(result.contributions).toEqual([]);
    expect(result.ignoredActivities[0]?.reason).toBe('bad-date');
  });

  it.each<[string, string | number | Date, string]>([
    ['an ISO string with a zone', '2025-05-31T10:00:00+02:00', '2025-05-31T08:00:00.000Z'],
    ['an ISO string without a zone, as UTC', '2025-05-31T10:00', '2025-05-31T10:00:00.000Z'],
    ['a date, as UTC midnight', '2025-05-31', '2025-05-31T00:00:00.000Z'],
    ['a Date', new Date('2025-05-31T10:00:00Z'), '2025-05-31T10:00:00.000Z'],
    ['epoch milliseconds', Date.UTC(2025, 4, 31, 10), '2025-05-31T10:00:00.000Z'],
  ])('reads %s', (_name, date, iso) => {
    expect(scoreLead({}, [{ type: 'page-view', at: date }], model, NOW).contributions[0]?.at).toBe(iso);
  });

  it('ignores activity types the model does not know, and odd entries', () => {
    const odd = [
      null,
      42,
      { at: daysAgo(1) },
      { type: 'fax-received', at: daysAgo(1) },
    ] as unknown as ScorableActivity[];
    const result = scoreLead({}, odd, model, NOW);
    expect(result.engagement).toBe(0);
    expect(result.ignoredActivities).toEqual([{ type: 'fax-received', at: daysAgo(1), reason: 'no-rule' }]);
  });

  it('ignores every activity when now is not a date', () => {
    const result = scoreLead({}, [{ type: 'page-view', at: daysAgo(1) }], model, new Date('nope'));
    expect(result.engagement).toBe(0);
    expect(result.ignoredActivities[0]?.reason).toBe('bad-date');
  });

  it('names the activity, its date and detail as evidence', () => {
    const [c] = scoreLead(
      {},
      [{ type: 'page-view', at: '2025-05-20T09:00:00Z', detail: '/pricing' }],
      model,
      NOW,
    ).contributions;
    expect(c).toEqual({
      ruleId: 'page-view',
      kind: 'engagement',
      label: 'page-view',
      points: 2,
      evidence: 'page-view on 2025-05-20 (/pricing)',
      decayedFrom: 2,
      at: '2025-05-20T09:00:00.000Z',
    });
  });

  it('does not depend on the order of the activities', () => {
    const m = testModel({
      engagementRules: [engagementRule('page-view', 3, { capPerDay: 5 }), engagementRule('email-open', 1)],
      decay: { default: { kind: 'half-life', days: 7 }, groups: {} },
    });
    const acts = [1, 1, 2, 5, 8].flatMap((d, i) => [
      { type: 'page-view', at: daysAgo(d), dedupeKey: `p${i}` },
      { type: 'email-open', at: daysAgo(d + 0.5), dedupeKey: `e${i}` },
    ]);
    expect(scoreLead({}, [...acts].reverse(), m, NOW)).toEqual(scoreLead({}, acts, m, NOW));
  });
});

describe('engagement totals', () => {
  it('rounds decayed points so the contributions add up exactly', () => {
    const model = testModel({
      engagementRules: [engagementRule('email-open', 1)],
      decay: { default: { kind: 'half-life', days: 30 }, groups: {} },
    });
    const acts = [40, 41, 42].map((d) => ({ type: 'email-open', at: daysAgo(d) }));
    const result = scoreLead({}, acts, model, NOW);
    expect(result.engagement).toBe(1);
    expect(result.contributions.map((c) => c.points).sort()).toEqual([0, 0, 1]);
  });

  it('caps engagement at 100 with an explicit contribution', () => {
    const model = testModel({ engagementRules: [engagementRule('demo-request', 60)] });
    const result = scoreLead(
      {},
      [1, 2].map((d) => ({ type: 'demo-request', at: daysAgo(d) })),
      model,
      NOW,
    );
    expect(result.engagement).toBe(100);
    expect(result.contributions.at(-1)).toMatchObject({
      ruleId: ENGAGEMENT_LIMIT_RULE_ID,
      points: -20,
      label: 'Engagement capped at 100',
    });
    expect(sumOf(result, 'engagement')).toBe(100);
  });

  it('floors engagement at 0 with an explicit contribution', () => {
    const model = testModel({ engagementRules: [engagementRule('email-unsubscribe', -20)] });
    const result = scoreLead({}, [{ type: 'email-unsubscribe', at: daysAgo(1) }], model, NOW);
    expect(result.engagement).toBe(0);
    expect(result.contributions.at(-1)).toMatchObject({ ruleId: ENGAGEMENT_LIMIT_RULE_ID, points: 20 });
    expect(sumOf(result, 'engagement')).toBe(0);
  });
});
