const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * A reporting period: from `from` (inclusive) up to `to` (exclusive), in ms since the epoch.
 * Half-open so consecutive periods never count the same moment twice.
 */
export interface Period {
  from: number;
  to: number;
}

export function inPeriod(at: number, period: Period): boolean {
  // NaN fails both comparisons: an unreadable date is in no period.
  return at >= period.from && at < period.to;
}

/**
 * The ISO 8601 week of a moment, like "2026-W47", in UTC (weeks run from Monday 00:00 UTC), so a
 * report reads the same on every machine. The year is the ISO week-year: 2027-01-01 is in 2026-W53.
 */
export function isoWeek(at: number): string {
  const date = new Date(at);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  // The Thursday of this week decides the week-year.
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / WEEK);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The share (0-1) of `inner` that falls inside `outer`; 0 for an empty `inner`. */
export function overlapShare(inner: Period, outer: Period): number {
  const length = inner.to - inner.from;
  if (!(length > 0)) return 0;
  const overlap = Math.min(inner.to, outer.to) - Math.max(inner.from, outer.from);
  return overlap > 0 ? overlap / length : 0;
}

/** The period from the start of day `from` to the end of day `to` (ISO dates "2026-11-01", UTC days). */
export function periodOfDays(from: string, to: string): Period {
  return { from: Date.parse(`${from}T00:00:00Z`), to: Date.parse(`${to}T00:00:00Z`) + DAY };
}
