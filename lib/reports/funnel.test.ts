import { createFunnel, type FunnelLead, funnel, furthestStep } from './funnel';
import { periodOfDays } from './period';

const period = periodOfDays('2026-11-01', '2026-11-30');
const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const lead = (sources: string[], ...history: [string, string][]): FunnelLead => ({
  sources,
  stageHistory: history.map(([day, to]) => ({ at: at(day), to })),
});

describe('furthestStep', () => {
  it.each<[string, FunnelLead, number]>([
    ['no history', lead(['linkedin']), -1],
    ['captured in the period', lead(['linkedin'], ['2026-11-02', 'lead']), 0],
    ['captured before, MQL in the period', lead([], ['2026-10-02', 'lead'], ['2026-11-05', 'mql']), 1],
    ['everything before the period', lead([], ['2026-10-02', 'lead'], ['2026-10-05', 'mql']), -1],
    ['everything after the period', lead([], ['2026-12-01', 'lead']), -1],
    ['skipped MQL: straight to SQL', lead([], ['2026-11-02', 'lead'], ['2026-11-03', 'sql']), 2],
    [
      'reached customer, then lost: still customer',
      lead([], ['2026-11-02', 'opportunity'], ['2026-11-03', 'customer'], ['2026-11-04', 'lost']),
      4,
    ],
    ['only lost in the period', lead([], ['2026-10-02', 'sql'], ['2026-11-04', 'lost']), -1],
    ['fell back from MQL to lead: MQL still reached', lead([], ['2026-11-02', 'mql'], ['2026-11-09', 'lead']), 1],
    ['history out of order', lead([], ['2026-11-09', 'sql'], ['2026-11-02', 'lead']), 2],
  ])('%s', (_, l, expected) => {
    expect(furthestStep(l, period)).toBe(expected);
  });
});

describe('funnel', () => {
  it('is all zeros with no rates for an empty period', () => {
    const result = funnel([lead(['linkedin'], ['2026-10-02', 'lead'])], period);
    expect(result.bySource).toEqual([]);
    expect(result.overall.map((s) => [s.step, s.count, s.fromPrevious, s.fromFirst])).toEqual([
      ['lead', 0, null, null],
      ['mql', 0, null, null],
      ['sql', 0, null, null],
      ['opportunity', 0, null, null],
      ['customer', 0, null, null],
    ]);
  });

  it('counts each lead up to its furthest step, with rates per step and from the first', () => {
    const result = funnel(
      [
        lead(['linkedin'], ['2026-11-02', 'lead']),
        lead(['linkedin'], ['2026-11-02', 'lead'], ['2026-11-03', 'mql']),
        lead(['linkedin'], ['2026-11-02', 'lead'], ['2026-11-03', 'mql'], ['2026-11-04', 'sql']),
        lead(['hubspot'], ['2026-11-02', 'lead'], ['2026-11-04', 'sql']),
      ],
      period,
    );
    expect(result.overall.map((s) => [s.step, s.count, s.fromPrevious, s.fromFirst])).toEqual([
      ['lead', 4, null, 1],
      ['mql', 3, 0.75, 0.75],
      ['sql', 2, 2 / 3, 0.5],
      ['opportunity', 0, 0, 0],
      ['customer', 0, null, 0], // 0 / 0 opportunities: no rate
    ]);
  });

  it('counts a lead under each of its sources once, and leads without one as unknown', () => {
    const result = funnel(
      [
        lead(['linkedin', 'hubspot', 'linkedin'], ['2026-11-02', 'mql']),
        lead(['hubspot'], ['2026-11-02', 'lead']),
        lead([], ['2026-11-02', 'lead']),
      ],
      period,
    );
    expect(result.overall[0]?.count).toBe(3);
    expect(result.bySource.map((s) => [s.source, s.steps[0]?.count, s.steps[1]?.count])).toEqual([
      ['hubspot', 2, 1],
      ['linkedin', 1, 1],
      ['unknown', 1, 0],
    ]);
  });

  it('streams: adding leads one by one gives the same result', () => {
    const leads = [lead(['zoho'], ['2026-11-02', 'sql']), lead(['zoho'], ['2026-11-12', 'lead'])];
    const accumulator = createFunnel(period);
    for (const l of leads) accumulator.add(l);
    expect(accumulator.result()).toEqual(funnel(leads, period));
  });
});
