import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaultModel';
import { describeCondition, describeDecay, describeModel } from './describe';
import type { Condition, Decay } from './model';
import { engagementRule, testModel } from './testSupport';

describe('describeCondition', () => {
  it.each<[Condition, string]>([
    [{ type: 'seniority', in: ['vp', 'director'] }, 'seniority vp or director'],
    [{ type: 'department', in: ['sales', 'marketing', 'it'] }, 'department sales, marketing or it'],
    [{ type: 'companySize', min: 51, max: 200 }, '51–200 employees'],
    [{ type: 'companySize', min: 5001 }, '5001 or more employees'],
    [{ type: 'companySize', max: 10 }, '10 or fewer employees'],
    [{ type: 'industry', anyOf: ['software'] }, 'industry mentions software'],
    [{ type: 'country', in: ['EU', 'GB'] }, 'country in EU or GB'],
    [{ type: 'country', in: [] }, 'country in (none listed)'],
    [{ type: 'techStack', anyOf: ['HubSpot', 'Salesforce'] }, 'tech stack includes HubSpot or Salesforce'],
    [{ type: 'emailDomain', is: 'free' }, 'free-mail email'],
    [{ type: 'emailDomain', is: 'competitor' }, 'competitor email domain'],
    [{ type: 'emailDomain', is: 'corporate' }, 'business email'],
    [{ type: 'field', field: 'custom.plan', op: 'equals', value: 'pro' }, 'custom.plan is "pro"'],
    [{ type: 'field', field: 'custom.seats', op: 'in', values: [5, 10] }, 'custom.seats is 5 or 10'],
    [{ type: 'field', field: 'location', op: 'contains', value: 'Berlin' }, 'location contains "Berlin"'],
    [{ type: 'field', field: 'custom.seats', op: 'range', min: 10, max: 50 }, 'custom.seats 10–50'],
    [{ type: 'field', field: 'custom.budget', op: 'exists' }, 'custom.budget is known'],
    [{ type: 'field', field: 'custom.budget', op: 'exists', negate: true }, 'not (custom.budget is known)'],
    [{ type: 'industry', anyOf: ['education'], negate: true }, 'not (industry mentions education)'],
  ])('%o reads "%s"', (condition, text) => {
    expect(describeCondition(condition)).toBe(text);
  });

  it.each<[Decay, string]>([
    [{ kind: 'half-life', days: 30 }, '30-day half-life'],
    [{ kind: 'window', days: 90 }, 'counts fully for 90 days, then not at all'],
    [{ kind: 'none' }, 'no decay'],
  ])('%o reads "%s"', (decay, text) => {
    expect(describeDecay(decay)).toBe(text);
  });
});

describe('describeModel', () => {
  const rows = describeModel(defaultModel);

  it('has a row per rule, decay and threshold', () => {
    const count = (section: string) => rows.filter((r) => r.section === section).length;
    expect([count('Fit'), count('Knock-out'), count('Engagement'), count('Decay'), count('Threshold')]).toEqual([
      defaultModel.fitRules.length,
      defaultModel.knockouts.length,
      defaultModel.engagementRules.length,
      1,
      6,
    ]);
  });

  it('reads like a table', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.ruleId, r]));
    expect(byId['vp-director-title']).toEqual({
      section: 'Fit',
      ruleId: 'vp-director-title',
      rule: 'VP or Director title',
      condition: 'seniority vp or director',
      points: '+20',
      notes: '',
    });
    expect(byId['free-email']?.points).toBe('-5');
    expect(byId.competitor).toMatchObject({
      points: 'disqualifies',
      notes: 'Works for a competitor (email domain on the competitor list).',
    });
    expect(byId['email-open']).toMatchObject({ points: '+1', notes: 'every time; at most 3 a day; at most 10 in all' });
    expect(byId['demo-request']?.notes).toBe('first time only');
    expect(byId['email-unsubscribe']?.notes).toBe('first time only; never decays');
    expect(byId['decay.default']?.condition).toBe('30-day half-life');
    expect(byId.mql?.condition).toBe('fit ≥ 40 and engagement ≥ 40');
  });

  it('shows decay groups and a total threshold', () => {
    const model = testModel({
      engagementRules: [engagementRule('email-open', 1, { decayGroup: 'email' })],
      decay: { default: { kind: 'none' }, groups: { email: { kind: 'window', days: 14 } } },
      thresholds: { ...testModel().thresholds, mqlTotal: 90 },
    });
    const byId = Object.fromEntries(describeModel(model).map((r) => [r.ruleId, r]));
    expect(byId['email-open']?.notes).toBe('every time; counts fully for 14 days, then not at all');
    expect(byId['decay.email']?.condition).toBe('counts fully for 14 days, then not at all');
    expect(byId.mql?.condition).toBe('fit ≥ 40 and engagement ≥ 40, or total ≥ 90');
  });
});
