import { describe, expect, it } from 'vitest';
import { daysAgo, engagementRule, fitRule, NOW, testModel } from '../scoring/testSupport';
import { extractSamples, type LeadInput, labelOf, type OutcomeInput } from './features';

const DAY_MS = 86_400_000;
const at = (days: number) => NOW.getTime() - days * DAY_MS;

const model = testModel({
  fitRules: [fitRule('big', 30, { type: 'companySize', min: 100 })],
  knockouts: [
    { id: 'student', label: 'Student', reason: 'Students do not buy.', when: [{ type: 'seniority', in: ['intern'] }] },
  ],
  engagementRules: [
    engagementRule('demo-request', 40),
    engagementRule('pricing-page-visit', 50, { capTotal: 75 }),
    engagementRule('email-unsubscribe', -20),
    engagementRule('call', 0),
  ],
  decay: { default: { kind: 'half-life', days: 30 }, groups: {} },
});
const column = (id: string) => ['big', 'demo-request', 'pricing-page-visit', 'email-unsubscribe', 'call'].indexOf(id);

function lead(id: string, extra: Partial<LeadInput> = {}): LeadInput {
  return { id, lead: { companySize: 500 }, activities: [], ...extra };
}

describe('labelOf', () => {
  it.each([
    ['won', 1],
    ['sql-accepted', 1],
    ['lost', 0],
    ['disqualified', 0],
    ['nurture', undefined],
  ] as const)('%s is %s', (outcome, label) => {
    expect(labelOf(outcome)).toBe(label);
  });
});

describe('extractSamples', () => {
  it('keeps the latest outcome per lead, the later listed on a tie, and leaves nurture out', () => {
    const outcomes: OutcomeInput[] = [
      { leadId: 'a', outcome: 'sql-accepted', at: at(20) },
      { leadId: 'a', outcome: 'lost', at: at(5) },
      { leadId: 'b', outcome: 'lost', at: at(5) },
      { leadId: 'b', outcome: 'won', at: at(5) },
      { leadId: 'c', outcome: 'lost', at: at(9) },
      { leadId: 'c', outcome: 'nurture', at: at(2) },
      { leadId: 'ghost', outcome: 'won', at: at(1) },
      { leadId: 'a', outcome: 'won', at: Number.NaN },
    ];
    const { samples, summary } = extractSamples(model, [lead('a'), lead('b'), lead('c')], outcomes);
    expect(samples.map((s) => [s.leadId, s.label, s.at])).toEqual([
      ['a', 0, at(5)],
      ['b', 1, at(5)],
    ]);
    expect(summary).toEqual({
      outcomes: 8,
      positives: 1,
      negatives: 1,
      knockedOut: 0,
      nurture: 1,
      superseded: 3,
      unknownLead: 1,
      badDate: 1,
    });
  });

  it('scores the lead as of the outcome: later activities left out, decay to the outcome time', () => {
    const activities = [
      { type: 'demo-request', at: daysAgo(40) },
      { type: 'demo-request', at: daysAgo(1) },
    ];
    const [sample] = extractSamples(
      model,
      [lead('a', { activities })],
      [{ leadId: 'a', outcome: 'won', at: at(10) }],
    ).samples;
    // One demo, 30 days (one half-life) before the outcome; the one after it does not count.
    expect(sample?.decayed[column('demo-request')]).toBeCloseTo(0.5, 12);
    expect(sample?.undecayed[column('demo-request')]).toBe(1);
    expect(sample?.decayed[column('big')]).toBe(1);
    expect(sample).toMatchObject({ fit: 30, engagement: 20, stage: 'lead' });
  });

  it('takes an outcome before any activity as no engagement', () => {
    const activities = [{ type: 'demo-request', at: daysAgo(1) }];
    const [sample] = extractSamples(
      model,
      [lead('a', { activities })],
      [{ leadId: 'a', outcome: 'lost', at: at(3) }],
    ).samples;
    expect(Array.from(sample?.decayed ?? [])).toEqual([1, 0, 0, 0, 0]);
    expect(sample?.engagement).toBe(0);
  });

  it('counts cut, negative and zero-point occurrences in rule units', () => {
    const activities = [
      { type: 'pricing-page-visit', at: daysAgo(2) },
      { type: 'pricing-page-visit', at: daysAgo(1) },
      { type: 'email-unsubscribe', at: daysAgo(30) },
      { type: 'call', at: daysAgo(30) },
      { type: 'call', at: daysAgo(60) },
    ];
    const [sample] = extractSamples(
      model,
      [lead('a', { activities })],
      [{ leadId: 'a', outcome: 'lost', at: at(0) }],
    ).samples;
    // capTotal 75: the newer visit earns 50, the older the 25 left, half a visit.
    expect(sample?.undecayed[column('pricing-page-visit')]).toBe(1.5);
    expect(sample?.undecayed[column('email-unsubscribe')]).toBe(1);
    expect(sample?.undecayed[column('call')]).toBe(2);
    expect(sample?.decayed[column('call')]).toBeCloseTo(0.5 + 0.25, 12);
  });

  it('keeps knocked-out leads apart from the counts learnt from', () => {
    const leads = [lead('a', { lead: { title: 'Marketing Intern' } }), lead('b')];
    const outcomes: OutcomeInput[] = [
      { leadId: 'a', outcome: 'disqualified', at: at(1) },
      { leadId: 'b', outcome: 'won', at: at(1) },
    ];
    const { samples, summary } = extractSamples(model, leads, outcomes);
    expect(samples.map((s) => s.knockedOut)).toEqual([true, false]);
    expect(samples[0]?.stage).toBe('disqualified');
    expect(summary).toMatchObject({ positives: 1, negatives: 0, knockedOut: 1 });
  });

  it('counts a lost lead as having reached SQL when its stage history says so before the outcome', () => {
    const leads = [
      lead('a', { stageHistory: [{ at: at(9), to: 'sql' }] }),
      lead('b', { stageHistory: [{ at: at(1), to: 'opportunity' }] }),
      lead('c'),
    ];
    const outcomes: OutcomeInput[] = ['a', 'b', 'c'].map((leadId) => ({ leadId, outcome: 'lost', at: at(5) }));
    expect(extractSamples(model, leads, outcomes).samples.map((s) => s.reachedSql)).toEqual([true, false, false]);
  });

  it('follows the order of the leads and takes a repeated lead once', () => {
    const outcomes: OutcomeInput[] = ['a', 'b'].map((leadId) => ({ leadId, outcome: 'won', at: at(1) }));
    const { samples } = extractSamples(model, [lead('b'), lead('a'), lead('b', { lead: {} })], outcomes);
    expect(samples.map((s) => [s.leadId, s.fit])).toEqual([
      ['b', 30],
      ['a', 30],
    ]);
  });
});
