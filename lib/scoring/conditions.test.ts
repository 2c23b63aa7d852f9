import { describe, expect, it } from 'vitest';
import { type Condition, ConditionSchema, type ScoringModel } from './model';
import { expandCountries, REGIONS } from './regions';
import { scoreLead } from './scoreLead';
import { fitRule, NOW, testModel } from './testSupport';
import type { ScorableLead } from './types';

type Expected = true | false | 'unknown';

/** Whether a single 10-point rule with this condition fires for the lead. */
function fires(condition: Condition, lead: ScorableLead, patch: Partial<ScoringModel> = {}): boolean {
  const model = testModel({ ...patch, fitRules: [fitRule('rule', 10, condition)] });
  return scoreLead(lead, [], model, NOW).fit === 10;
}

const competitors = { competitorDomains: ['rival.com'], extraFreeMailDomains: ['freemail.example'] };

const cases: [string, Condition, ScorableLead, Expected][] = [
  ['seniority matches', { type: 'seniority', in: ['c-level'] }, { title: 'CEO' }, true],
  ['seniority differs', { type: 'seniority', in: ['vp'] }, { title: 'CEO' }, false],
  ['seniority from the headline without a title', { type: 'seniority', in: ['c-level'] }, { headline: 'CEO' }, true],
  [
    'the title wins over the headline',
    { type: 'seniority', in: ['c-level'] },
    { title: 'Software Engineer', headline: 'CEO' },
    false,
  ],
  [
    'seniority of an individual contributor',
    { type: 'seniority', in: ['individual'] },
    { title: 'Software Engineer' },
    true,
  ],
  ['seniority without a title', { type: 'seniority', in: ['c-level'] }, {}, 'unknown'],
  ['seniority of a blank title', { type: 'seniority', in: ['c-level'] }, { title: '   ' }, 'unknown'],
  ['department matches', { type: 'department', in: ['sales'] }, { title: 'VP Sales' }, true],
  ['department differs', { type: 'department', in: ['marketing'] }, { title: 'VP Sales' }, false],
  ['engineering department', { type: 'department', in: ['engineering'] }, { title: 'Software Engineer' }, true],
  ['department without a title', { type: 'department', in: ['sales'] }, {}, 'unknown'],
  ['size at the lower bound', { type: 'companySize', min: 51, max: 200 }, { companySize: 51 }, true],
  ['size at the upper bound', { type: 'companySize', min: 51, max: 200 }, { companySize: 200 }, true],
  ['size above the band', { type: 'companySize', min: 51, max: 200 }, { companySize: 201 }, false],
  ['size below the band', { type: 'companySize', min: 51, max: 200 }, { companySize: 50 }, false],
  ['size with only a minimum', { type: 'companySize', min: 5001 }, { companySize: 10_000 }, true],
  ['size with only a maximum', { type: 'companySize', max: 10 }, { companySize: 0 }, true],
  ['size unknown', { type: 'companySize', min: 1 }, {}, 'unknown'],
  ['size not a number', { type: 'companySize', min: 1 }, { companySize: Number.NaN }, 'unknown'],
  ['size negative', { type: 'companySize', max: 10 }, { companySize: -5 }, 'unknown'],
  ['industry contains a term', { type: 'industry', anyOf: ['software'] }, { industry: 'Software Development' }, true],
  ['industry ignores case', { type: 'industry', anyOf: ['Software'] }, { industry: 'COMPUTER SOFTWARE' }, true],
  ['industry differs', { type: 'industry', anyOf: ['software', 'internet'] }, { industry: 'Retail' }, false],
  ['industry blank', { type: 'industry', anyOf: ['software'] }, { industry: '' }, 'unknown'],
  ['country code', { type: 'country', in: ['DE'] }, { country: 'de' }, true],
  ['country not listed', { type: 'country', in: ['DE'] }, { country: 'NL' }, false],
  ['country in Benelux', { type: 'country', in: ['Benelux'] }, { country: 'NL' }, true],
  ['country in DACH', { type: 'country', in: ['dach'] }, { country: 'CH' }, true],
  ['country in the Nordics', { type: 'country', in: ['Nordics'] }, { country: 'NO' }, true],
  ['UK is not in the EU', { type: 'country', in: ['EU'] }, { country: 'GB' }, false],
  ['an empty list matches no country', { type: 'country', in: [] }, { country: 'DE' }, false],
  ['country name instead of a code', { type: 'country', in: ['DE'] }, { country: 'Germany' }, 'unknown'],
  ['country unknown', { type: 'country', in: ['DE'] }, {}, 'unknown'],
  ['tech stack item', { type: 'techStack', anyOf: ['HubSpot'] }, { techStack: ['Slack', ' hubspot '] }, true],
  ['tech stack without the item', { type: 'techStack', anyOf: ['HubSpot'] }, { techStack: ['Salesforce'] }, false],
  ['tech stack empty', { type: 'techStack', anyOf: ['HubSpot'] }, { techStack: [] }, 'unknown'],
  ['tech stack unknown', { type: 'techStack', anyOf: ['HubSpot'] }, {}, 'unknown'],
  ['free mail', { type: 'emailDomain', is: 'free' }, { email: 'jan@gmail.com' }, true],
  ['European free mail', { type: 'emailDomain', is: 'free' }, { email: 'Piotr@WP.pl' }, true],
  ['free mail from the model', { type: 'emailDomain', is: 'free' }, { email: 'a@freemail.example' }, true],
  ['business email is not free', { type: 'emailDomain', is: 'free' }, { email: 'jan@acme.nl' }, false],
  ['business email', { type: 'emailDomain', is: 'corporate' }, { email: 'jan@acme.nl' }, true],
  ['competitor domain', { type: 'emailDomain', is: 'competitor' }, { email: 'x@rival.com' }, true],
  ['competitor subdomain', { type: 'emailDomain', is: 'competitor' }, { email: 'x@eu.rival.com' }, true],
  ['look-alike is no competitor', { type: 'emailDomain', is: 'competitor' }, { email: 'x@notrival.com' }, false],
  ['a competitor is not corporate', { type: 'emailDomain', is: 'corporate' }, { email: 'x@rival.com' }, false],
  ['not an email address', { type: 'emailDomain', is: 'corporate' }, { email: 'call me' }, 'unknown'],
  ['no email', { type: 'emailDomain', is: 'free' }, {}, 'unknown'],
  [
    'equals ignores case',
    { type: 'field', field: 'custom.plan', op: 'equals', value: 'pro' },
    { custom: { plan: 'Pro' } },
    true,
  ],
  [
    'equals differs',
    { type: 'field', field: 'custom.plan', op: 'equals', value: 'pro' },
    { custom: { plan: 'basic' } },
    false,
  ],
  ['equals a number', { type: 'field', field: 'custom.seats', op: 'equals', value: 5 }, { custom: { seats: 5 } }, true],
  [
    'equals a number as text',
    { type: 'field', field: 'custom.seats', op: 'equals', value: '5' },
    { custom: { seats: 5 } },
    true,
  ],
  [
    'equals a boolean',
    { type: 'field', field: 'custom.partner', op: 'equals', value: true },
    { custom: { partner: true } },
    true,
  ],
  [
    'equals a lead field',
    { type: 'field', field: 'location', op: 'equals', value: 'Amsterdam' },
    { location: 'amsterdam' },
    true,
  ],
  [
    'equals on a missing key',
    { type: 'field', field: 'custom.plan', op: 'equals', value: 'pro' },
    { custom: {} },
    'unknown',
  ],
  ['equals without custom fields', { type: 'field', field: 'custom.plan', op: 'equals', value: 'pro' }, {}, 'unknown'],
  [
    'in a list',
    { type: 'field', field: 'custom.tier', op: 'in', values: ['gold', 'silver'] },
    { custom: { tier: 'Silver' } },
    true,
  ],
  [
    'not in the list',
    { type: 'field', field: 'custom.tier', op: 'in', values: ['gold', 'silver'] },
    { custom: { tier: 'bronze' } },
    false,
  ],
  [
    'contains',
    { type: 'field', field: 'location', op: 'contains', value: 'amster' },
    { location: 'Amsterdam, NL' },
    true,
  ],
  [
    'does not contain',
    { type: 'field', field: 'location', op: 'contains', value: 'berlin' },
    { location: 'Amsterdam' },
    false,
  ],
  [
    'in range',
    { type: 'field', field: 'custom.seats', op: 'range', min: 10, max: 50 },
    { custom: { seats: 20 } },
    true,
  ],
  [
    'in range as text',
    { type: 'field', field: 'custom.seats', op: 'range', min: 10, max: 50 },
    { custom: { seats: '30' } },
    true,
  ],
  [
    'out of range',
    { type: 'field', field: 'custom.seats', op: 'range', min: 10, max: 50 },
    { custom: { seats: 60 } },
    false,
  ],
  [
    'range of text',
    { type: 'field', field: 'custom.seats', op: 'range', min: 10 },
    { custom: { seats: 'many' } },
    false,
  ],
  ['range on a lead field', { type: 'field', field: 'companySize', op: 'range', min: 50 }, { companySize: 100 }, true],
  ['exists', { type: 'field', field: 'custom.budget', op: 'exists' }, { custom: { budget: 10_000 } }, true],
  [
    'exists, false is a value',
    { type: 'field', field: 'custom.budget', op: 'exists' },
    { custom: { budget: false } },
    true,
  ],
  ['missing', { type: 'field', field: 'custom.budget', op: 'exists' }, { custom: {} }, false],
  ['blank counts as missing', { type: 'field', field: 'phone', op: 'exists' }, { phone: ' ' }, false],
];

describe('conditions', () => {
  it.each(cases)('%s', (_name, condition, lead, expected) => {
    expect(ConditionSchema.safeParse(condition).success).toBe(true);
    const negated = { ...condition, negate: true };
    expect({ plain: fires(condition, lead, competitors), negated: fires(negated, lead, competitors) }).toEqual({
      plain: expected === true,
      negated: expected === false,
    });
  });

  it('fires a rule only when every condition holds, and never on an unknown one', () => {
    const rule = fitRule('vp-in-sales', 10, { type: 'seniority', in: ['vp'] }, { type: 'department', in: ['sales'] });
    const sized = fitRule('big-in-de', 10, { type: 'companySize', min: 100 }, { type: 'country', in: ['DE'] });
    const model = testModel({ fitRules: [rule, sized] });
    expect(scoreLead({ title: 'VP Sales' }, [], model, NOW).fit).toBe(10);
    expect(scoreLead({ title: 'VP Sales', companySize: 500 }, [], model, NOW).fit).toBe(10);
    expect(scoreLead({ title: 'VP Sales', companySize: 500, country: 'DE' }, [], model, NOW).fit).toBe(20);
  });

  it('gives the field value as evidence', () => {
    const model = testModel({
      competitorDomains: ['rival.com'],
      fitRules: [
        fitRule('vp', 20, { type: 'seniority', in: ['vp'] }),
        fitRule('size', 15, { type: 'companySize', min: 51, max: 200 }),
        fitRule('free', -5, { type: 'emailDomain', is: 'free' }),
        fitRule('eu', 5, { type: 'country', in: ['EU'] }),
        fitRule('crm', 5, { type: 'techStack', anyOf: ['hubspot'] }),
        fitRule('plan', 5, { type: 'field', field: 'custom.plan', op: 'exists' }),
      ],
    });
    const lead = {
      title: 'VP Sales',
      companySize: 120,
      email: 'a@gmx.de',
      country: 'nl',
      techStack: ['HubSpot'],
      custom: { plan: 'pro' },
    };
    const evidence = Object.fromEntries(
      scoreLead(lead, [], model, NOW).contributions.map((c) => [c.ruleId, c.evidence]),
    );
    expect(evidence).toEqual({
      vp: 'title "VP Sales" (vp)',
      size: 'company size 120',
      free: 'email domain gmx.de (free mail)',
      eu: 'country NL',
      crm: 'tech stack includes HubSpot',
      plan: 'custom.plan "pro"',
    });
  });
});

describe('regions', () => {
  it.each([
    ['EU', 27],
    ['eu', 27],
    ['EEA', 30],
    ['Nordics', 5],
    ['Benelux', 3],
    ['DACH', 3],
    ['Baltics', 3],
  ])('%s has %i countries', (name, size) => {
    expect(expandCountries([name]).size).toBe(size);
  });

  it('mixes codes and regions, upper-casing codes', () => {
    expect([...expandCountries(['gb', 'Benelux', 'NL'])].sort()).toEqual(['BE', 'GB', 'LU', 'NL']);
  });

  it('lists only two-letter upper-case codes', () => {
    for (const codes of Object.values(REGIONS)) for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});
