import { describe, expect, it } from 'vitest';
import type { ScoringModel } from './model';
import { scoreLead } from './scoreLead';
import { daysAgo, engagementRule, fitRule, NOW, testModel } from './testSupport';
import type { ScorableActivity, ScorableLead } from './types';
import { whatWouldChange } from './whatWouldChange';

const model = testModel({
  fitRules: [
    fitRule('partner', 30, { type: 'field', field: 'custom.partner', op: 'equals', value: true }),
    fitRule('size-11-50', 10, { type: 'companySize', min: 11, max: 50 }),
    fitRule('size-51-200', 15, { type: 'companySize', min: 51, max: 200 }),
    fitRule('size-201-1000', 20, { type: 'companySize', min: 201, max: 1000 }),
    fitRule('eu', 5, { type: 'country', in: ['EU'] }),
    fitRule('software-in-de', 25, { type: 'industry', anyOf: ['software'] }, { type: 'country', in: ['DE'] }),
    fitRule('crm-and-size', 5, { type: 'techStack', anyOf: ['HubSpot'] }, { type: 'companySize', min: 1 }),
    fitRule('free-email', -5, { type: 'emailDomain', is: 'free' }),
  ],
  engagementRules: [
    engagementRule('demo-request', 60, { repeat: 'first' }),
    engagementRule('pricing-page-visit', 50, { capPerDay: 50 }),
    engagementRule('email-open', 1, { capPerDay: 3 }),
    engagementRule('email-unsubscribe', -20),
  ],
  knockouts: [
    {
      id: 'student',
      label: 'Student',
      reason: 'Students do not buy.',
      when: [{ type: 'field', field: 'custom.student', op: 'exists' }],
    },
  ],
});

function changes(lead: ScorableLead, activities: ScorableActivity[] = [], m: ScoringModel = model) {
  return whatWouldChange(lead, activities, m, NOW, scoreLead(lead, activities, m, NOW));
}

const pricingToday: ScorableActivity[] = [{ type: 'pricing-page-visit', at: daysAgo(0) }];

describe('whatWouldChange', () => {
  it('names the smallest missing fact that reaches MQL first, one per field', () => {
    expect(changes({ custom: { partner: true }, country: 'FR' }, pricingToday)).toEqual([
      {
        kind: 'fact',
        field: 'companySize',
        ruleId: 'size-11-50',
        text: 'Company size unknown: size-11-50 would add +10 and reach MQL',
        points: 10,
        reachesNext: true,
      },
    ]);
  });

  it('suggests the largest facts first when none is enough', () => {
    expect(changes({ country: 'IT' }, pricingToday).map((c) => [c.ruleId, c.points, c.reachesNext])).toEqual([
      ['partner', 30, false],
      ['size-201-1000', 20, false],
    ]);
  });

  it('waits for facts only where every other condition already holds', () => {
    const ids = changes({ country: 'DE', techStack: ['HubSpot'] }, pricingToday).map((c) => c.ruleId);
    expect(ids).toEqual(['partner', 'software-in-de', 'size-201-1000', 'crm-and-size']);
    expect(changes({ country: 'FR', techStack: ['HubSpot'] }, pricingToday).map((c) => c.ruleId)).not.toContain(
      'software-in-de',
    );
  });

  it('suggests the smallest sufficient action first, then the rest', () => {
    expect(changes({ custom: { partner: true }, companySize: 100 })).toEqual([
      {
        kind: 'action',
        activityType: 'pricing-page-visit',
        ruleId: 'pricing-page-visit',
        text: 'pricing-page-visit would add +50 and reach MQL',
        points: 50,
        reachesNext: true,
      },
      {
        kind: 'action',
        activityType: 'demo-request',
        ruleId: 'demo-request',
        text: 'demo-request would add +60 and reach MQL',
        points: 60,
        reachesNext: true,
      },
      {
        kind: 'action',
        activityType: 'email-open',
        ruleId: 'email-open',
        text: 'email-open would add +1',
        points: 1,
        reachesNext: false,
      },
    ]);
  });

  it('leaves out actions that would earn nothing more (repeat rule, daily cap)', () => {
    const done: ScorableActivity[] = [
      { type: 'demo-request', at: daysAgo(1) },
      { type: 'email-open', at: NOW },
      { type: 'email-open', at: NOW },
      { type: 'email-open', at: NOW },
    ];
    const demanding = testModel({ ...model, thresholds: { ...model.thresholds, mqlEngagement: 100 } });
    const items = changes({ custom: { partner: true }, companySize: 100 }, done, demanding);
    expect(items.map((c) => (c.kind === 'action' ? c.activityType : c.field))).toEqual(['pricing-page-visit']);
  });

  it('offers facts and actions when both scores fall short, none enough alone', () => {
    const items = changes({ companySize: 100 });
    expect(items.every((c) => !c.reachesNext)).toBe(true);
    expect(items.map((c) => [c.kind, c.points])).toEqual([
      ['action', 60],
      ['action', 50],
      ['fact', 30],
      ['fact', 5],
      ['fact', 5],
      ['action', 1],
    ]);
  });

  it('counts toward mqlTotal when the model sets it', () => {
    const byTotal = testModel({ ...model, thresholds: { ...model.thresholds, mqlTotal: 60 } });
    const items = changes({ custom: { partner: true }, companySize: 100 }, [], byTotal);
    expect(items.filter((c) => c.reachesNext).map((c) => c.ruleId)).toEqual(['pricing-page-visit', 'demo-request']);
    expect(items.map((c) => c.ruleId)).toContain('eu');
  });

  it('has nothing to suggest for an MQL or a disqualified lead', () => {
    expect(changes({ custom: { partner: true }, companySize: 100 }, pricingToday)).toEqual([]);
    expect(changes({ custom: { student: 'yes' } })).toEqual([]);
  });
});
