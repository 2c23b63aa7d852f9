import { latestMqlAt, type SpeedToLeadActivity, type SpeedToLeadLead, speedToLead } from './speedToLead';

const H = 3_600_000;
const t0 = Date.UTC(2026, 10, 20, 9, 0);
const sla = { slaHours: 24 };

/** A lead that was captured at t0 - 1 h and became MQL at t0, or whose history is given. */
function lead(history: SpeedToLeadLead['stageHistory'] = [], stage = 'mql'): SpeedToLeadLead {
  return {
    stage,
    stageHistory: [{ at: t0 - H, from: null, to: 'lead' }, { at: t0, from: 'lead', to: 'mql' }, ...history],
  };
}
const act = (type: string, at: SpeedToLeadActivity['at']): SpeedToLeadActivity => ({ type, at });

describe('speedToLead', () => {
  it.each<[string, SpeedToLeadLead, SpeedToLeadActivity[], number, ReturnType<typeof speedToLead>]>([
    [
      'never MQL',
      { stage: 'lead', stageHistory: [{ at: t0, from: null, to: 'lead' }] },
      [act('call', t0)],
      t0 + H,
      { status: 'not-mql' },
    ],
    ['waiting', lead(), [], t0 + 3 * H, { status: 'waiting', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 3 * H }],
    [
      'waiting exactly at the SLA',
      lead(),
      [],
      t0 + 24 * H,
      { status: 'waiting', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 24 * H },
    ],
    [
      'overdue 1 ms after the SLA',
      lead(),
      [],
      t0 + 24 * H + 1,
      { status: 'overdue', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 24 * H + 1, overdueByMs: 1 },
    ],
    [
      'touched before the SLA, earliest touch wins',
      lead(),
      [act('email-sent', t0 + 5 * H), act('call', t0 + 2 * H), act('meeting-held', t0 + 30 * H)],
      t0 + 40 * H,
      { status: 'touched', mqlAt: t0, dueAt: t0 + 24 * H, firstTouchAt: t0 + 2 * H, waitedMs: 2 * H, breached: false },
    ],
    [
      'touched at the moment of MQL',
      lead(),
      [act('linkedin-message', t0)],
      t0 + H,
      { status: 'touched', mqlAt: t0, dueAt: t0 + 24 * H, firstTouchAt: t0, waitedMs: 0, breached: false },
    ],
    [
      'touched exactly at the SLA is not a breach',
      lead(),
      [act('call', t0 + 24 * H)],
      t0 + 25 * H,
      {
        status: 'touched',
        mqlAt: t0,
        dueAt: t0 + 24 * H,
        firstTouchAt: t0 + 24 * H,
        waitedMs: 24 * H,
        breached: false,
      },
    ],
    [
      'touched 1 ms after the SLA is a breach',
      lead(),
      [act('meeting-booked', t0 + 24 * H + 1)],
      t0 + 25 * H,
      {
        status: 'touched',
        mqlAt: t0,
        dueAt: t0 + 24 * H,
        firstTouchAt: t0 + 24 * H + 1,
        waitedMs: 24 * H + 1,
        breached: true,
      },
    ],
    [
      "the lead's own activity is no touch",
      lead(),
      [act('email-reply', t0 + H), act('demo-request', t0 + H), act('email-open', t0 + H)],
      t0 + 30 * H,
      { status: 'overdue', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 30 * H, overdueByMs: 6 * H },
    ],
    [
      'touches before MQL and in the future are ignored',
      lead(),
      [act('call', t0 - 1), act('email-sent', t0 + 3 * H)],
      t0 + 2 * H,
      { status: 'waiting', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 2 * H },
    ],
    [
      'touch dates as ISO strings and Dates; unreadable ones ignored',
      lead(),
      [
        act('call', 'not a date'),
        act('call', new Date(Number.NaN)),
        act('call', Number.NaN),
        act('email-sent', new Date(t0 + 4 * H).toISOString()),
        act('call', new Date(t0 + 5 * H)),
      ],
      t0 + 6 * H,
      { status: 'touched', mqlAt: t0, dueAt: t0 + 24 * H, firstTouchAt: t0 + 4 * H, waitedMs: 4 * H, breached: false },
    ],
    [
      're-entered MQL: the clock restarts and the earlier touch no longer counts',
      lead([
        { at: t0 + 48 * H, from: 'mql', to: 'lead' },
        { at: t0 + 100 * H, from: 'lead', to: 'mql' },
      ]),
      [act('call', t0 + H)],
      t0 + 110 * H,
      { status: 'waiting', mqlAt: t0 + 100 * H, dueAt: t0 + 124 * H, waitedMs: 10 * H },
    ],
    [
      'pinning MQL by hand does not restart the clock',
      lead([{ at: t0 + 10 * H, from: 'mql', to: 'mql' }]),
      [],
      t0 + 25 * H,
      { status: 'overdue', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 25 * H, overdueByMs: H },
    ],
    [
      'a stage change with an unreadable date is ignored',
      lead([{ at: Number.NaN, from: 'lead', to: 'mql' }]),
      [],
      t0 + H,
      { status: 'waiting', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: H },
    ],
    [
      'left MQL untouched: no clock runs',
      lead([{ at: t0 + 30 * H, from: 'mql', to: 'sql' }], 'sql'),
      [],
      t0 + 40 * H,
      { status: 'not-mql' },
    ],
    [
      'left MQL after a touch: the touch is still reported',
      lead([{ at: t0 + 30 * H, from: 'mql', to: 'sql' }], 'sql'),
      [act('call', t0 + 26 * H)],
      t0 + 40 * H,
      {
        status: 'touched',
        mqlAt: t0,
        dueAt: t0 + 24 * H,
        firstTouchAt: t0 + 26 * H,
        waitedMs: 26 * H,
        breached: true,
      },
    ],
    [
      'MQL dated after now (clock skew) waits without a negative wait',
      lead(),
      [],
      t0 - H,
      { status: 'waiting', mqlAt: t0, dueAt: t0 + 24 * H, waitedMs: 0 },
    ],
  ])('%s', (_, l, activities, now, expected) => {
    expect(speedToLead(l, activities, sla, new Date(now))).toEqual(expected);
  });

  it('takes the SLA in hours, fractions included', () => {
    expect(speedToLead(lead(), [], { slaHours: 0.5 }, new Date(t0 + H))).toMatchObject({
      status: 'overdue',
      dueAt: t0 + H / 2,
      overdueByMs: H / 2,
    });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects an SLA of %s hours', (slaHours) => {
    expect(() => speedToLead(lead(), [], { slaHours }, new Date(t0))).toThrow(RangeError);
  });
});

describe('latestMqlAt', () => {
  it.each<[string, SpeedToLeadLead['stageHistory'], number | undefined]>([
    ['no history', [], undefined],
    ['created as MQL', [{ at: t0, from: null, to: 'mql' }], t0],
    [
      'the latest entry even when out of order',
      [
        { at: t0 + 5, from: 'lead', to: 'mql' },
        { at: t0, from: 'lead', to: 'mql' },
      ],
      t0 + 5,
    ],
  ])('%s', (_, stageHistory, expected) => {
    expect(latestMqlAt({ stage: 'mql', stageHistory })).toBe(expected);
  });
});
