import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaultModel';
import { type EngagementRule, type ScoringModel, ScoringModelSchema } from './model';
import { parseModelJson, serializeModel } from './modelIO';
import { scoreLead } from './scoreLead';
import { NOW, sumOf } from './testSupport';
import { DAY_MS } from './time';
import type { ScorableActivity, ScorableLead } from './types';

const TITLES = [
  'CEO',
  'VP Sales',
  'Marketing Manager',
  'Software Engineer',
  'Student',
  'Intern',
  'Head of IT',
  'Founder',
];
const ACTIVITY_TYPES = [...defaultModel.engagementRules.map((r) => r.activityType), 'fax-received'];
const POSITIVE_TYPES = defaultModel.engagementRules.filter((r) => r.points > 0).map((r) => r.activityType);

const leadArb: fc.Arbitrary<ScorableLead> = fc.record(
  {
    title: fc.oneof(fc.constantFrom(...TITLES), fc.string()),
    headline: fc.constantFrom(...TITLES),
    email: fc
      .tuple(
        fc.constantFrom('jan', 'a.b'),
        fc.constantFrom('gmail.com', 'wp.pl', 'acme.nl', 'rival.com', 'eu.rival.com'),
      )
      .map(([u, d]) => `${u}@${d}`),
    country: fc.constantFrom('DE', 'nl', 'SE', 'PL', 'RO', 'US', 'GB', 'XX', 'Germany', ''),
    companySize: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(Number.NaN)),
    industry: fc.constantFrom('Software Development', 'Higher Education', 'Retail', 'Financial Services', ''),
    techStack: fc.subarray(['HubSpot', 'Salesforce', 'Slack', 'AWS']),
    custom: fc.dictionary(fc.constantFrom('plan', 'seats', 'flag'), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
  },
  { requiredKeys: [] },
);

/** Valid or invalid dates between 10 days ahead and 400 days back, in every accepted form. */
const dateArb = fc.integer({ min: -10 * DAY_MS, max: 400 * DAY_MS }).chain((ago) => {
  const ms = NOW.getTime() - ago;
  return fc.constantFrom<ScorableActivity['at']>(
    new Date(ms).toISOString(),
    new Date(ms),
    ms,
    new Date(ms).toISOString().slice(0, 16),
  );
});

const activityArb: fc.Arbitrary<ScorableActivity> = fc.record({
  type: fc.constantFrom(...ACTIVITY_TYPES),
  at: fc.oneof({ weight: 20, arbitrary: dateArb }, { weight: 1, arbitrary: fc.constantFrom('soon', '2025-02-30', '') }),
});

/** Activities with unique dedupe keys (or none), as stored activities have. */
const activitiesArb = fc
  .array(activityArb, { maxLength: 40 })
  .map((list) => list.map((a, i) => (i % 3 === 0 ? a : { ...a, dedupeKey: `k${i}` })));

const ruleArb = (rule: EngagementRule): fc.Arbitrary<EngagementRule> =>
  fc.record({
    id: fc.constant(rule.id),
    label: fc.constant(rule.label),
    activityType: fc.constant(rule.activityType),
    points: fc.integer({ min: -30, max: 80 }),
    repeat: fc.constantFrom('first' as const, 'every' as const),
    capPerDay: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    capTotal: fc.option(fc.integer({ min: 1, max: 150 }), { nil: undefined }),
  });

const modelArb: fc.Arbitrary<ScoringModel> = fc
  .record({
    label: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    fitPoints: fc.array(fc.integer({ min: -30, max: 40 }), {
      minLength: defaultModel.fitRules.length,
      maxLength: defaultModel.fitRules.length,
    }),
    engagementRules: fc.tuple(...defaultModel.engagementRules.map(ruleArb)),
    decay: fc.oneof(
      fc.record({ kind: fc.constant('half-life' as const), days: fc.double({ min: 0.5, max: 365, noNaN: true }) }),
      fc.record({ kind: fc.constant('window' as const), days: fc.integer({ min: 1, max: 365 }) }),
      fc.constant({ kind: 'none' as const }),
    ),
    grades: fc.tuple(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
    ),
    levels: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    mql: fc.tuple(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
      fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    ),
    competitors: fc.subarray(['rival.com', 'other-rival.eu']),
  })
  .map((r) => {
    const [a, b, c] = [...r.grades].sort((x, y) => y - x) as [number, number, number];
    const [l1, l2] = [...r.levels].sort((x, y) => y - x) as [number, number];
    const [mqlFit, mqlEngagement, mqlTotal] = r.mql;
    return ScoringModelSchema.parse({
      ...defaultModel,
      name: r.label,
      competitorDomains: r.competitors,
      fitRules: defaultModel.fitRules.map((rule, i) => ({ ...rule, points: r.fitPoints[i] })),
      engagementRules: r.engagementRules,
      decay: { default: r.decay, groups: {} },
      thresholds: { grades: { A: a, B: b, C: c }, levels: { 1: l1, 2: l2 }, mqlFit, mqlEngagement, mqlTotal },
    });
  });

const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

describe('scoring properties', () => {
  it('contributions add up exactly to every score, within bounds', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, modelArb, (lead, activities, model) => {
        const r = scoreLead(lead, activities, model, NOW);
        expect(sumOf(r, 'fit')).toBe(r.fit);
        expect(sumOf(r, 'engagement')).toBe(r.engagement);
        expect(r.total).toBe(r.fit + r.engagement);
        expect(r.contributions.every((c) => Number.isInteger(c.points))).toBe(true);
        expect(r.fit).toBeGreaterThanOrEqual(0);
        expect(r.fit).toBeLessThanOrEqual(100);
        expect(r.engagement).toBeGreaterThanOrEqual(0);
        expect(r.engagement).toBeLessThanOrEqual(100);
        expect(r.cell).toBe(`${r.grade}${r.level}`);
      }),
      { numRuns: 300 },
    );
  });

  it('decay never raises a score as time passes without new activity', () => {
    fc.assert(
      fc.property(
        leadArb,
        activitiesArb,
        modelArb,
        fc.double({ min: 0, max: 500, noNaN: true }),
        (lead, activities, model, days) => {
          const before = scoreLead(lead, activities, model, NOW);
          const after = scoreLead(lead, activities, model, later(days));
          expect(after.engagement).toBeLessThanOrEqual(before.engagement);
          expect(after.total).toBeLessThanOrEqual(before.total);
          expect(after.fit).toBe(before.fit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding a positive activity never lowers a score', () => {
    fc.assert(
      fc.property(
        leadArb,
        activitiesArb,
        modelArb,
        fc.constantFrom(...POSITIVE_TYPES),
        dateArb,
        (lead, activities, model, type, at) => {
          if ((model.engagementRules.find((r) => r.activityType === type)?.points ?? 0) <= 0) return;
          const before = scoreLead(lead, activities, model, NOW);
          const after = scoreLead(lead, [...activities, { type, at, dedupeKey: 'added' }], model, NOW);
          expect(after.engagement).toBeGreaterThanOrEqual(before.engagement);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a knock-out always disqualifies', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, modelArb, (lead, activities, model) => {
        const competitor = { ...lead, email: 'someone@rival.com' };
        const withCompetitor = { ...model, competitorDomains: ['rival.com'] };
        const result = scoreLead(competitor, activities, withCompetitor, NOW);
        expect(result.stage).toBe('disqualified');
        expect(result.knockouts.map((k) => k.ruleId)).toContain('competitor');
      }),
    );
  });

  it('is deterministic and independent of activity order', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, modelArb, (lead, activities, model) => {
        const first = scoreLead(lead, activities, model, NOW);
        expect(scoreLead(structuredClone(lead), structuredClone(activities), structuredClone(model), NOW)).toEqual(
          first,
        );
        expect(scoreLead(lead, [...activities].reverse(), model, NOW)).toEqual(first);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (lead, activities) => {
        const result = scoreLead(lead as ScorableLead, activities as ScorableActivity[], defaultModel, NOW);
        expect(result.total).toBe(result.fit + result.engagement);
      }),
    );
    fc.assert(
      fc.property(
        leadArb,
        fc.array(fc.record({ type: fc.constantFrom(...ACTIVITY_TYPES), at: fc.anything() })),
        (lead, activities) => {
          const result = scoreLead(lead, activities as ScorableActivity[], defaultModel, NOW);
          expect(sumOf(result, 'engagement')).toBe(result.engagement);
        },
      ),
    );
  });
});

describe('model properties', () => {
  it('export then import is lossless', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = parseModelJson(serializeModel(model));
        expect(result).toEqual({ ok: true, model });
        if (result.ok) expect(serializeModel(result.model)).toBe(serializeModel(model));
      }),
    );
  });
});
