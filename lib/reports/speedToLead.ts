import {
  latestMqlAt,
  type SpeedToLeadActivity,
  type SpeedToLeadLead,
  speedToLead as speedToLeadOfLead,
} from '../speedToLead';
import { inPeriod, isoWeek, type Period } from './period';

export interface SlaWeek {
  /** ISO week of the MQL entries, like "2026-W47" (UTC). */
  week: string;
  /** Leads that became MQL that week. */
  mqls: number;
  /** Of those, touched after the SLA or still untouched past it. */
  breaches: number;
}

export interface SpeedToLeadReport {
  /** Leads whose latest MQL entry is in the period. */
  mqls: number;
  touched: number;
  /** Touched, but after the SLA. */
  touchedLate: number;
  /** Untouched and past the SLA (still MQL). */
  overdue: number;
  /** Untouched, still within the SLA. */
  waiting: number;
  /** Time from MQL to first touch of the touched leads, ms; null when none was touched. */
  medianMs: number | null;
  p90Ms: number | null;
  /** Every ISO week from the period's first to its last, oldest first, empty weeks included. */
  weeks: SlaWeek[];
}

/**
 * The q-quantile (0-1) of sorted numbers, interpolating between the two nearest ranks (as
 * spreadsheets' PERCENTILE.INC does); null for no numbers.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

/** The ISO weeks a period spans, oldest first. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = [];
  if (!(period.to > period.from)) return weeks;
  for (let at = period.from; at < period.to; at += 86_400_000) {
    const week = isoWeek(at);
    if (weeks[weeks.length - 1] !== week) weeks.push(week);
  }
  const last = isoWeek(period.to - 1);
  if (weeks[weeks.length - 1] !== last) weeks.push(last);
  return weeks;
}

export interface SpeedToLeadAccumulator {
  /** Whether the lead's speed to lead belongs in this report: its latest MQL entry is in the period. */
  wants(lead: SpeedToLeadLead): boolean;
  /**
   * Adds a lead with its activities since it became MQL (all of them or only the first touch:
   * the result is the same). Leads `wants` refuses are ignored.
   */
  add(lead: SpeedToLeadLead, activities: readonly SpeedToLeadActivity[]): void;
  result(): SpeedToLeadReport;
}

/**
 * Speed to lead over a period, for the leads whose latest MQL entry falls in it (an earlier MQL
 * episode of a lead that re-entered MQL is not counted: lib/speedToLead measures the latest). The
 * SLA week of a lead is the week it became MQL. Keeps one number per touched lead (for the median).
 */
export function createSpeedToLead(period: Period, slaHours: number, now: Date): SpeedToLeadAccumulator {
  const waits: number[] = [];
  const counts = { mqls: 0, touched: 0, touchedLate: 0, overdue: 0, waiting: 0 };
  const weeks = new Map(weeksOf(period).map((week) => [week, { week, mqls: 0, breaches: 0 }]));
  const wants = (lead: SpeedToLeadLead) => {
    const mqlAt = latestMqlAt(lead);
    return mqlAt !== undefined && inPeriod(mqlAt, period);
  };
  return {
    wants,
    add(lead, activities) {
      if (!wants(lead)) return;
      const result = speedToLeadOfLead(lead, activities, { slaHours }, now);
      if (result.status === 'not-mql') return; // left MQL untouched: no clock ran
      counts.mqls++;
      const breached = result.status === 'overdue' || (result.status === 'touched' && result.breached);
      const week = weeks.get(isoWeek(result.mqlAt));
      if (week) {
        week.mqls++;
        if (breached) week.breaches++;
      }
      if (result.status === 'touched') {
        counts.touched++;
        if (result.breached) counts.touchedLate++;
        waits.push(result.waitedMs);
      } else {
        counts[result.status]++;
      }
    },
    result() {
      const sorted = waits.toSorted((a, b) => a - b);
      return { ...counts, medianMs: quantile(sorted, 0.5), p90Ms: quantile(sorted, 0.9), weeks: [...weeks.values()] };
    },
  };
}

/** Speed to lead of a list of leads, each with its activities. */
export function speedToLeadReport(
  leads: Iterable<{ lead: SpeedToLeadLead; activities: readonly SpeedToLeadActivity[] }>,
  period: Period,
  slaHours: number,
  now: Date,
): SpeedToLeadReport {
  const accumulator = createSpeedToLead(period, slaHours, now);
  for (const { lead, activities } of leads) accumulator.add(lead, activities);
  return accumulator.result();
}
