const MINUTE = 60_000;

/**
 * A duration in its two largest units, in the user's language: "2 days 4 hr", "3 hr 20 min",
 * "45 min" (en). Rounded down to the minute; the sign is ignored. Unit names and joining come from
 * Intl, so no strings of our own (Intl.DurationFormat would do this, but Node 22 lacks it).
 */
export function formatDuration(ms: number, locale?: string): string {
  const totalMinutes = Math.floor(Math.abs(ms) / MINUTE);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor(totalMinutes / 60) % 24;
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);

  const parts =
    days > 0
      ? [unit(days, 'day'), hours > 0 && unit(hours, 'hour')]
      : hours > 0
        ? [unit(hours, 'hour'), minutes > 0 && unit(minutes, 'minute')]
        : [unit(minutes, 'minute')];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(
    parts.filter((p): p is string => typeof p === 'string'),
  );
}
