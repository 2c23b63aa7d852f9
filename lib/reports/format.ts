import { formatDuration } from '../speedToLead/formatDuration';

/** What a report shows for a number that does not exist (a rate over zero leads, no touches). */
export const NO_VALUE = '–';

export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "42.5 %" in the locale's way, or "–" for null (a division by zero). */
export function formatRate(rate: number | null, locale?: string): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "€1,234.50" in the locale's way, or "–" for null. */
export function formatMoney(amount: number | null, currency: string, locale?: string): string {
  if (amount === null || !Number.isFinite(amount)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

/** "3 hr 20 min", or "–" for null. */
export function formatWait(ms: number | null, locale?: string): string {
  return ms === null ? NO_VALUE : formatDuration(ms, locale);
}
