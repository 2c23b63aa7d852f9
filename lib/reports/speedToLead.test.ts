import type { SpeedToLeadActivity, SpeedToLeadLead } from '../speedToLead';
import { periodOfDays } from './period';
import { createSpeedToLead, quantile, speedToLeadReport, weeksOf } from './speedToLead';

const H = 3_600_000;
const period = periodOfDays('2026-11-02', '2026-11-15'); // Monday of W45 to Sunday of W46
const now = new Date(Date.parse('2026-11-20T00:00:00Z'));
const mon = Date.parse('2026-11-02T09:00:00Z'); // W45
const nextMon = Date.parse('2026-11-09T09:00:00Z'); // W46

const mql = (at: number, stage = 'mql'): SpeedToLeadLead => ({
  stage,
  stageHistory: [
    { at: at - H, from: null, to: 'lead' },
    { at, from: 'lead', to: 'mql' },
  ],
});
const call = (at: number): SpeedToLeadActivity => ({ type: 'call', at });

describe('quantile', () => {
  it.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.9, 7],
    [[1, 3], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[0, 10, 20, 30, 40], 0.9, 36],
  ])('%j at %d is %s', (sorted, q, expected) => {
    const result = quantile(sorted, q);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe('weeksOf', () => {
  it.each([
    ['two whole weeks', period, ['2026-W45', '2026-W46']],
    ['a Sunday to a Monday', periodOfDays('2026-11-08', '2026-11-09'), ['2026-W45', '2026-W46']],
    ['one day', periodOfDays('2026-11-04', '2026-11-04'), ['2026-W45']],
    ['empty', { from: 10, to: 10 }, []],
  ])('%s', (_, p, expected) => {
    expect(weeksOf(p)).toEqual(expected);
  });
});

describe('speedToLeadReport', () => {
  it('is empty with no MQLs in the period: no median, weeks with zeros', () => {
    const report = speedToLeadReport([{ lead: mql(mon - 30 * 24 * H), activities: [] }], period, 24, now);
    expect(report).toEqual({
      mqls: 0,
      touched: 0,
      touchedLate: 0,
      overdue: 0,
      waiting: 0,
      medianMs: null,
      p90Ms: null,
      weeks: [
        { week: '2026-W45', mqls: 0, breaches: 0 },
        { week: '2026-W46', mqls: 0, breaches: 0 },
      ],
    });
  });

  it('counts touches, late touches, overdue and waiting MQLs, and breaches in the week of the MQL', () => {
    const justNow = now.getTime() - 2 * H;
    const report = speedToLeadReport(
      [
        { lead: mql(mon), activities: [call(mon + 2 * H)] },
        { lead: mql(mon), activities: [call(mon + 30 * H), { type: 'email-reply', at: mon + H }] },
        { lead: mql(nextMon), activities: [] }, // overdue: untouched for 11 days
        { lead: mql(nextMon), activities: [call(nextMon + 4 * H)] },
        { lead: mql(nextMon, 'sql'), activities: [] }, // left MQL untouched: no clock
      ],
      period,
      24,
      now,
    );
    expect(report).toMatchObject({
      mqls: 4,
      touched: 3,
      touchedLate: 1,
      overdue: 1,
      waiting: 0,
      medianMs: 4 * H,
      weeks: [
        { week: '2026-W45', mqls: 2, breaches: 1 },
        { week: '2026-W46', mqls: 2, breaches: 1 },
      ],
    });
    expect(report.p90Ms).toBeCloseTo(24.8 * H, 5); // 2, 4, 30 h: 4 + 0.8 × 26

    const waiting = speedToLeadReport(
      [{ lead: mql(justNow), activities: [] }],
      { from: 0, to: now.getTime() },
      24,
      now,
    );
    expect(waiting).toMatchObject({ mqls: 1, waiting: 1, overdue: 0 });
  });

  it('says which leads it needs activities for, and ignores the others', () => {
    const accumulator = createSpeedToLead(period, 24, now);
    const before = mql(mon - 30 * 24 * H);
    expect(accumulator.wants(before)).toBe(false);
    expect(accumulator.wants(mql(mon))).toBe(true);
    expect(accumulator.wants({ stage: 'lead', stageHistory: [] })).toBe(false);
    accumulator.add(before, [call(mon)]);
    expect(accumulator.result().mqls).toBe(0);
  });
});
