const DAY = 86_400_000;

/** "today", "3 days ago", "2 months ago" in the user's language (Intl, no strings of our own). */
export function relativeDays(at: Date | string | number, now: Date, locale?: string): string {
  const days = Math.round((new Date(at).getTime() - now.getTime()) / DAY);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) < 45) return format.format(days, 'day');
  if (Math.abs(days) < 540) return format.format(Math.round(days / 30), 'month');
  return format.format(Math.round(days / 365), 'year');
}

/** Points with their sign: "+20", "-5", "0". */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
