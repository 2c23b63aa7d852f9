import { MAX_FIELD_LENGTH } from './types';

/** Raw input longer than this is cut before cleaning, so hostile 100 KB values cost little. */
const RAW_LIMIT = MAX_FIELD_LENGTH * 8;

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>?/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** What is left of a tag opener after stripping: `<` followed by a letter, `/`, `!` or `?`. */
const TAG_OPENER = /<+(?=[a-zA-Z/!?])/g;
const CONTROL = /\p{Cc}/gu;
/** Zero-width, soft hyphen, bidi marks/overrides/isolates and the byte-order mark. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Control characters as spaces; zero-width, bidi-override and lone surrogate characters removed;
 * runs of whitespace as one space. For text that is not HTML (a CSV cell), before it is trimmed.
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ');
}

/**
 * Turns captured text into a safe field value: tags and script/style blocks removed, control,
 * zero-width and bidi-override characters removed, whitespace collapsed, trimmed and cut to
 * `max` characters (never splitting a surrogate pair). Returns undefined when nothing is left.
 */
export function cleanText(value: unknown, max = MAX_FIELD_LENGTH): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Invisible characters go first so they cannot hide a tag ("<\u200Bscript>").
  let text = withoutInvisible(String(value).slice(0, RAW_LIMIT));
  // Tags go as textContent would drop them. Loop: removing one tag can join the halves of another ("<<b>script>").
  for (let i = 0; i < 3 && text.includes('<'); i++) {
    text = text.replace(COMMENT, '').replace(SCRIPT_OR_STYLE, '').replace(TAG, '');
  }
  text = text.replace(TAG_OPENER, '').replace(/\s+/g, ' ').trim();
  if (text.length > max) text = cutAt(text, max).trim();
  return text === '' ? undefined : text;
}

function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  const endsInHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? max - 1 : max);
}

/** A non-negative whole count from a number or text like "4,812 followers", "1.2K", "10 001". */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  const text = cleanText(value, 100) ?? '';
  const short = text.match(/(\d+(?:[.,]\d+)?)\s*([KkMm])\b/);
  const grouped = text.match(/\d{1,3}(?:[,.\s]\d{3})+(?!\d)/);
  const plain = text.match(/\d+/);
  let count: number | undefined;
  if (short?.[1] && short.index === plain?.index) {
    count = Number.parseFloat(short[1].replace(',', '.')) * (short[2]?.toUpperCase() === 'K' ? 1e3 : 1e6);
  } else if (grouped && grouped.index === plain?.index) {
    count = Number.parseInt(grouped[0].replace(/\D/g, ''), 10);
  } else if (plain) {
    count = Number.parseInt(plain[0], 10);
  }
  if (count === undefined) return undefined;
  const whole = Math.round(count);
  return Number.isSafeInteger(whole) ? whole : undefined;
}
