import { defaultModel } from './defaultModel';
import type { ScoringModel } from './model';
import type { Stage } from './stage';
import { daysAgo, NOW } from './testSupport';
import { binOf, compareLead, type LeadComparison, type WhatIfLead, WhatIfTally } from './whatIf';

const stricter: ScoringModel = { ...defaultModel, thresholds: { ...defaultModel.thresholds, mqlFit: 60 } };
// VP Sales at a 200-person company in the EU: fit 20 + 10 + 15 + 5 = 50; pricing visit + demo: engagement 100.
const vp = (patch: Partial<WhatIfLead> = {}): WhatIfLead => ({
  id: 'l1',
  name: 'Ana Popescu',
  company: 'Carpathia',
  title: 'VP Sales',
  companySize: 200,
  country: 'RO',
  stage: 'mql',
  ...patch,
});
const engaged = [
  { type: 'pricing-page-visit', at: daysAgo(0) },
  { type: 'demo-request', at: daysAgo(0) },
];

describe('compareLead', () => {
  it.each<[string, WhatIfLead, ScoringModel, Stage, Stage]>([
    ['an MQL below the raised fit threshold goes back to lead', vp(), stricter, 'mql', 'lead'],
    ['the same model changes nothing', vp(), defaultModel, 'mql', 'mql'],
    ['a stage set by hand never moves', vp({ stageManual: true }), stricter, 'mql', 'mql'],
    ['SQL is past the score', vp({ stage: 'sql' }), stricter, 'sql', 'sql'],
    ['nurture is past the score', vp({ stage: 'nurture' }), stricter, 'nurture', 'nurture'],
    [
      'a knock-out added by the edit disqualifies',
      vp(),
      {
        ...defaultModel,
        knockouts: [{ id: 'ro', label: 'RO', reason: 'Not served', when: [{ type: 'country', in: ['RO'] }] }],
      },
      'mql',
      'disqualified',
    ],
    // Scored now under the active model it is an MQL already, whatever the stored (stale) stage says.
    ['a stale stored stage is compared as it would be now', vp({ stage: 'lead' }), defaultModel, 'mql', 'mql'],
  ])('%s', (_, lead, candidate, oldStage, newStage) => {
    const c = compareLead(lead, engaged, defaultModel, candidate, NOW);
    expect([c.oldStage, c.newStage]).toEqual([oldStage, newStage]);
  });

  it('reports both totals', () => {
    const cheaper: ScoringModel = {
      ...defaultModel,
      engagementRules: defaultModel.engagementRules.map((r) => (r.id === 'demo-request' ? { ...r, points: 10 } : r)),
    };
    expect(compareLead(vp(), engaged, defaultModel, cheaper, NOW)).toEqual({
      leadId: 'l1',
      name: 'Ana Popescu',
      company: 'Carpathia',
      oldStage: 'mql',
      newStage: 'mql',
      oldScore: 150,
      newScore: 110,
    });
  });
});

const row = (oldStage: Stage, newStage: Stage, oldScore = 50, newScore = 50): LeadComparison => ({
  leadId: `${oldStage}-${newStage}-${oldScore}`,
  name: 'x',
  oldStage,
  newStage,
  oldScore,
  newScore,
});

describe('WhatIfTally', () => {
  it('counts leads, stage changes per transition (most first) and caps the list', () => {
    const tally = new WhatIfTally(2);
    for (const c of [
      row('mql', 'lead'),
      row('lead', 'lead'),
      row('mql', 'lead'),
      row('lead', 'mql'),
      row('mql', 'mql'),
    ])
      tally.add(c);
    const s = tally.summary();
    expect(s.leads).toBe(5);
    expect(s.changed).toBe(3);
    expect(s.changes).toHaveLength(2);
    expect(s.transitions).toEqual([
      { from: 'mql', to: 'lead', count: 2 },
      { from: 'lead', to: 'mql', count: 1 },
    ]);
  });

  it('puts totals into bins of 20 before and after', () => {
    const tally = new WhatIfTally();
    tally.add(row('lead', 'lead', 0, 19));
    tally.add(row('lead', 'lead', 20, 200));
    tally.add(row('lead', 'lead', 199, 40));
    const { before, after } = tally.summary().histogram;
    expect(before).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(after).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it.each<[number, number]>([
    [0, 0],
    [19, 0],
    [20, 1],
    [179, 8],
    [180, 9],
    [200, 9],
    [-5, 0],
  ])('binOf(%i) = %i', (total, bin) => {
    expect(binOf(total)).toBe(bin);
  });
});
