const HOUR = 3_600_000;

/**
 * Activity types that count as a first touch: only what the rep does (calls, emails sent, LinkedIn
 * messages, meetings). What the lead does (email-reply, demo-request, ...) is engagement, not a touch.
 * 'meeting-booked' counts even when the lead booked through the rep's scheduling link: a conversation
 * with sales is on the calendar, which is what the SLA asks for.
 */
export const FIRST_TOUCH_TYPES: ReadonlySet<string> = new Set([
  'call',
  'email-sent',
  'linkedin-message',
  'meeting-booked',
  'meeting-held',
]);

export interface SpeedToLeadLead {
  stage: string;
  stageHistory: readonly { at: number; from: string | null; to: string }[];
}

export interface SpeedToLeadActivity {
  type: string;
  at: number | string | Date;
}

interface Clock {
  /** When the lead last became MQL. */
  mqlAt: number;
  /** mqlAt + the SLA. */
  dueAt: number;
}

export type SpeedToLeadResult =
  | { status: 'not-mql' }
  | (Clock & { status: 'waiting'; waitedMs: number })
  | (Clock & { status: 'overdue'; waitedMs: number; overdueByMs: number })
  /** `breached`: the first touch came after dueAt; waitedMs is from mqlAt to the touch. */
  | (Clock & { status: 'touched'; firstTouchAt: number; waitedMs: number; breached: boolean });

/** Milliseconds since the epoch, or NaN for an unreadable date. */
function toMs(at: number | string | Date): number {
  return typeof at === 'number' ? at : new Date(at).getTime();
}

/**
 * The latest time the lead became MQL (it can leave and re-enter), or undefined if it never did.
 * A manual change from mql to mql (only pinning the stage) is not a new entry.
 */
export function latestMqlAt(lead: SpeedToLeadLead): number | undefined {
  let latest: number | undefined;
  for (const change of lead.stageHistory) {
    if (change.to !== 'mql' || change.from === 'mql' || !Number.isFinite(change.at)) continue;
    if (latest === undefined || change.at > latest) latest = change.at;
  }
  return latest;
}

/**
 * How fast the lead got its first touch after it last became MQL, measured against an SLA of
 * `slaHours`. Touches before that MQL entry or after `now` do not count; nor do unreadable dates.
 * The clock runs only while the lead is an MQL: a lead that left MQL untouched (decayed,
 * disqualified, moved on by hand) is 'not-mql', like one that never was.
 */
export function speedToLead(
  lead: SpeedToLeadLead,
  activities: readonly SpeedToLeadActivity[],
  { slaHours }: { slaHours: number },
  now: Date,
): SpeedToLeadResult {
  if (!(slaHours > 0 && Number.isFinite(slaHours))) throw new RangeError(`slaHours must be positive: ${slaHours}`);
  const mqlAt = latestMqlAt(lead);
  if (mqlAt === undefined) return { status: 'not-mql' };
  const nowMs = now.getTime();
  const dueAt = mqlAt + slaHours * HOUR;

  let firstTouchAt: number | undefined;
  for (const activity of activities) {
    if (!FIRST_TOUCH_TYPES.has(activity.type)) continue;
    const at = toMs(activity.at);
    // NaN fails every comparison, so unreadable dates drop out here.
    if (!(at >= mqlAt && at <= nowMs)) continue;
    if (firstTouchAt === undefined || at < firstTouchAt) firstTouchAt = at;
  }

  if (firstTouchAt !== undefined) {
    return {
      status: 'touched',
      mqlAt,
      dueAt,
      firstTouchAt,
      waitedMs: firstTouchAt - mqlAt,
      breached: firstTouchAt > dueAt,
    };
  }
  if (lead.stage !== 'mql') return { status: 'not-mql' };
  const waitedMs = Math.max(0, nowMs - mqlAt);
  if (nowMs > dueAt) return { status: 'overdue', mqlAt, dueAt, waitedMs, overdueByMs: nowMs - dueAt };
  return { status: 'waiting', mqlAt, dueAt, waitedMs };
}
