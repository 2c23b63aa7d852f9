import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaultModel';
import { ScoringModelSchema } from './model';
import { FIT_LIMIT_RULE_ID, scoreLead } from './scoreLead';
import { daysAgo, engagementRule, fitRule, NOW, sumOf, testModel } from './testSupport';
import type { ScorableActivity, ScorableLead } from './types';

/** A model whose fit is custom.fit and engagement the points of one 'signal' activity. */
function scored(fit: number, engagement: number, thresholds: Partial<ReturnType<typeof testModel>['thresholds']> = {}) {
  const model = testModel({
    fitRules: fit ? [fitRule('fit', fit, { type: 'field', field: 'custom.fit', op: 'exists' })] : [],
    engagementRules: engagement ? [engagementRule('signal', engagement)] : [],
    thresholds: { ...testModel().thresholds, ...thresholds },
  });
  return scoreLead({ custom: { fit: true } }, [{ type: 'signal', at: NOW }], model, NOW);
}

describe('grades, levels and cells', () => {
  it.each([
    [100, 'A'],
    [60, 'A'],
    [59, 'B'],
    [40, 'B'],
    [39, 'C'],
    [20, 'C'],
    [19, 'D'],
    [0, 'D'],
  ])('fit %i is grade %s', (fit, grade) => {
    expect(scored(fit, 0).grade).toBe(grade);
  });

  it.each([
    [100, 1],
    [50, 1],
    [49, 2],
    [25, 2],
    [24, 3],
    [0, 3],
  ])('engagement %i is level %i', (engagement, level) => {
    expect(scored(0, engagement).level).toBe(level);
  });

  it.each([
    [70, 60, 'A1'],
    [45, 30, 'B2'],
    [25, 10, 'C3'],
    [5, 80, 'D1'],
  ])('fit %i and engagement %i is cell %s', (fit, engagement, cell) => {
    expect(scored(fit, engagement).cell).toBe(cell);
  });

  it('adds fit and engagement into the total', () => {
    expect(scored(70, 60).total).toBe(130);
  });
});

describe('stage suggestion', () => {
  it.each([
    [40, 40, {}, 'mql'],
    [39, 90, {}, 'lead'],
    [90, 39, {}, 'lead'],
    [30, 30, { mqlTotal: 60 }, 'mql'],
    [30, 29, { mqlTotal: 60 }, 'lead'],
    [80, 0, { mqlTotal: 200 }, 'lead'],
    [40, 40, { mqlTotal: 200 }, 'mql'],
  ] as const)('fit %i, engagement %i, %o: %s', (fit, engagement, thresholds, stage) => {
    expect(scored(fit, engagement, thresholds).stage).toBe(stage);
  });

  it('disqualifies on a knock-out whatever the points, keeping the scores', () => {
    const model = testModel({
      competitorDomains: ['rival.com'],
      fitRules: [fitRule('big', 90, { type: 'companySize', min: 1 })],
      engagementRules: [engagementRule('demo-request', 90)],
      knockouts: [
        {
          id: 'competitor',
          label: 'Competitor',
          reason: 'Works for a competitor.',
          when: [{ type: 'emailDomain', is: 'competitor' }],
        },
        { id: 'nowhere', label: 'Never', reason: 'Never fires.', when: [{ type: 'country', in: [] }] },
      ],
    });
    const result = scoreLead(
      { companySize: 500, email: 'x@rival.com', country: 'DE' },
      [{ type: 'demo-request', at: NOW }],
      model,
      NOW,
    );
    expect(result).toMatchObject({ fit: 90, engagement: 90, cell: 'A1', stage: 'disqualified' });
    expect(result.knockouts).toEqual([
      {
        ruleId: 'competitor',
        label: 'Competitor',
        reason: 'Works for a competitor.',
        evidence: 'email domain rival.com (competitor)',
      },
    ]);
  });
});

describe('fit', () => {
  it('caps fit at 100 with an explicit contribution', () => {
    const model = testModel({
      fitRules: [fitRule('a', 70, { type: 'companySize', min: 1 }), fitRule('b', 50, { type: 'country', in: ['EU'] })],
    });
    const result = scoreLead({ companySize: 10, country: 'PL' }, [], model, NOW);
    expect(result.fit).toBe(100);
    expect(result.contributions.at(-1)).toEqual({
      ruleId: FIT_LIMIT_RULE_ID,
      kind: 'fit',
      label: 'Fit capped at 100',
      points: -20,
      evidence: 'rules add up to 120',
    });
  });

  it('floors fit at 0 with an explicit contribution', () => {
    const model = testModel({ fitRules: [fitRule('free-email', -5, { type: 'emailDomain', is: 'free' })] });
    const result = scoreLead({ email: 'a@gmail.com' }, [], model, NOW);
    expect(result.fit).toBe(0);
    expect(sumOf(result, 'fit')).toBe(0);
    expect(result.contributions.map((c) => c.points)).toEqual([-5, 5]);
  });

  it('names the model that scored', () => {
    expect(scoreLead({}, [], defaultModel, NOW).model).toEqual({ name: 'LeadLens default', version: 1 });
  });
});

describe('default model', () => {
  it('is valid and survives validation unchanged', () => {
    expect(ScoringModelSchema.parse(defaultModel)).toEqual(defaultModel);
  });

  it('is frozen, so its compiled matchers stay valid', () => {
    expect(Object.isFrozen(defaultModel.fitRules[0]?.when[0])).toBe(true);
  });

  const ideal: ScorableLead = {
    title: 'CEO',
    email: 'anna@acme-software.de',
    country: 'DE',
    companySize: 250,
    industry: 'Software Development',
    techStack: ['HubSpot'],
  };

  it('grades a senior buyer at a mid-sized European software company A', () => {
    const result = scoreLead(ideal, [], defaultModel, NOW);
    expect(result.contributions.map((c) => [c.ruleId, c.points])).toEqual([
      ['c-level-title', 25],
      ['buying-department', 10],
      ['size-201-1000', 20],
      ['target-industry', 10],
      ['europe', 5],
      ['uses-crm', 5],
      ['business-email', 5],
    ]);
    expect(result).toMatchObject({ fit: 80, grade: 'A', engagement: 0, stage: 'lead' });
  });

  it.each<[string, ScorableActivity[], number]>([
    ['a demo request', [{ type: 'demo-request', at: daysAgo(1) }], 59],
    ['a pricing page visit', [{ type: 'pricing-page-visit', at: daysAgo(0) }], 50],
    ['a contact form', [{ type: 'contact-form', at: daysAgo(0) }], 40],
  ])('makes an MQL of a good fit after %s', (_name, activities, engagement) => {
    const result = scoreLead(ideal, activities, defaultModel, NOW);
    expect(result).toMatchObject({ engagement, stage: 'mql' });
  });

  it.each<[string, ScorableActivity[], number]>([
    ['an e-book download', [{ type: 'ebook-download', at: daysAgo(0) }], 10],
    ['ten email opens in a day', Array(10).fill({ type: 'email-open', at: daysAgo(0) }), 3],
    ['a demo request six weeks ago', [{ type: 'demo-request', at: daysAgo(45) }], 21],
  ])('keeps a good fit a lead after only %s', (_name, activities, engagement) => {
    expect(scoreLead(ideal, activities, defaultModel, NOW)).toMatchObject({ engagement, stage: 'lead' });
  });

  it('ranks seniority: C-level over VP over manager over senior over individual', () => {
    const fits = ['CEO', 'VP Sales', 'Marketing Manager', 'Senior Software Engineer', 'Software Engineer'].map(
      (title) =>
        scoreLead({ title }, [], defaultModel, NOW).contributions.find((c) => c.ruleId.endsWith('-title'))?.points ?? 0,
    );
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(new Set(fits).size).toBe(5);
  });

  it.each([
    ['Student', 'student-or-intern'],
    ['Intern', 'student-or-intern'],
  ])('disqualifies a %s', (title, ruleId) => {
    const result = scoreLead({ title }, [{ type: 'demo-request', at: NOW }], defaultModel, NOW);
    expect(result.stage).toBe('disqualified');
    expect(result.knockouts.map((k) => k.ruleId)).toEqual([ruleId]);
  });

  it('takes points off for free mail and a non-target industry', () => {
    const result = scoreLead({ email: 'jan@ziggo.nl', industry: 'Higher Education' }, [], defaultModel, NOW);
    expect(result.contributions.map((c) => [c.ruleId, c.points])).toEqual([
      ['non-target-industry', -10],
      ['free-email', -5],
      [FIT_LIMIT_RULE_ID, 15],
    ]);
  });
});

describe('odd input', () => {
  it.each<[string, unknown, unknown]>([
    ['no lead', undefined, []],
    ['a null lead', null, null],
    ['a string lead', 'lead', 'activities'],
    [
      'odd field types',
      { title: 42, companySize: '50', country: ['DE'], email: {}, techStack: 'HubSpot', custom: 'x' },
      [{}],
    ],
    ['a huge company', { companySize: Number.MAX_VALUE, title: 'x'.repeat(10_000) }, []],
  ])('scores %s without throwing', (_name, lead, activities) => {
    const result = scoreLead(lead as ScorableLead, activities as ScorableActivity[], defaultModel, NOW);
    expect(result.fit + result.engagement).toBe(result.total);
    expect(result.stage).not.toBe('mql');
  });
});
