export const DAY_MS = 86_400_000;
/** The largest time a Date can hold. */
const MAX_EPOCH_MS = 8.64e15;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The digit at `i`, or NaN (which then fails every range check below). */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

function number2(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/** True for the shape Date#toISOString writes: 2025-06-01T12:00:00.000Z. */
export function hasCanonicalIsoShape(s: string): boolean {
  return s.length === 24 && s.charCodeAt(10) === 84 && s.charCodeAt(23) === 90;
}

/** The canonical shape without regular expressions or Date parsing: most stored times look like this. */
function canonicalMillis(s: string): number {
  const year = number2(s, 0) * 100 + number2(s, 2);
  const month = number2(s, 5);
  const day = number2(s, 8);
  const hour = number2(s, 11);
  const minute = number2(s, 14);
  const second = number2(s, 17);
  const milli = digit(s, 20) * 100 + number2(s, 21);
  const separators =
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 46;
  const valid =
    separators &&
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    milli >= 0;
  if (!valid) return Number.NaN;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + milli;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm), cheaper than Date.UTC. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Milliseconds since the epoch, or NaN for anything but a valid Date, ISO 8601 string or epoch ms.
 * A string without a zone is read as UTC, so a score never depends on the machine's time zone;
 * impossible calendar dates (2025-02-30) are NaN in every browser.
 */
export function toMillis(at: unknown): number {
  if (typeof at === 'number') return Number.isFinite(at) && Math.abs(at) <= MAX_EPOCH_MS ? at : Number.NaN;
  if (at instanceof Date) return at.getTime();
  if (typeof at !== 'string') return Number.NaN;
  if (hasCanonicalIsoShape(at)) return canonicalMillis(at);
  const match = ISO.exec(at);
  if (!match) return Number.NaN;
  const [, year, month, day, zone] = match;
  if (Number(month) < 1 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) return Number.NaN;
  const iso = at.replace(' ', 'T');
  return Date.parse(at.length > 10 && zone === undefined ? `${iso}Z` : iso);
}

/** The UTC calendar day number; caps per day use UTC days. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}
