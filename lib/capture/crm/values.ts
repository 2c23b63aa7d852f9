import { cleanText } from '../sanitize';
import { composedText, type WalkBudget } from './shadow';

/** Placeholders CRMs show for an empty value: "--", "---", "—". */
const PLACEHOLDER = /^[\s\-–—_.]*$/;

/** A shown value made safe (see cleanText), or undefined when it is empty or a placeholder. */
export function valueText(raw: unknown, max?: number): string | undefined {
  const text = cleanText(raw, max);
  return text === undefined || PLACEHOLDER.test(text) ? undefined : text;
}

const NOT_VALUE_INPUTS = new Set([
  'password',
  'hidden',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
]);

/** An input, textarea or select that shows a value (not a hidden input, a checkbox or a button). */
function isValueControl(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return !NOT_VALUE_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase());
  return tag === 'TEXTAREA' || tag === 'SELECT';
}

/** The value of a form control: an input's or textarea's value, a select's chosen option's text. */
export function controlValue(el: Element): string | undefined {
  if (!isValueControl(el)) return undefined;
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const option = (el as HTMLSelectElement).selectedOptions?.[0];
    const value = option?.getAttribute('value');
    // "Select...", "--Kies--": the empty choice.
    if (!option || value === '' || value === '-1') return undefined;
    return option.textContent ?? undefined;
  }
  const value = (el as HTMLInputElement | HTMLTextAreaElement).value;
  return typeof value === 'string' ? value : undefined;
}

const CONTROLS = ['input', 'textarea', 'select'];
const isLabel = (el: Element) => el.tagName.toUpperCase() === 'LABEL';

/**
 * The value an element shows: its own control's value, else the value of the first control
 * inside it (none when that control is empty: its options or placeholder are not the value),
 * else its visible text (shadow trees included) without `<label>` elements and the parts `skip`
 * leaves out.
 */
export function shownValue(
  el: Element | null | undefined,
  skip?: (el: Element) => boolean,
  budget?: WalkBudget,
): string | undefined {
  if (!el) return undefined;
  if (isValueControl(el)) return valueText(controlValue(el));
  for (const tag of CONTROLS) {
    const controls = el.getElementsByTagName(tag);
    for (let i = 0; i < controls.length && i < 5; i++) {
      const control = controls[i];
      if (control && isValueControl(control)) return valueText(controlValue(control));
    }
  }
  return valueText(composedText(el, { skip: (child) => isLabel(child) || (skip?.(child) ?? false), budget }));
}

const EMAIL = /[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+/;

/** Whether the whole text is one e-mail address. */
export function isEmail(text: string): boolean {
  return text.length <= 254 && new RegExp(`^${EMAIL.source}$`).test(text);
}

/** The e-mail address in "anna@x.nl", "mailto:anna@x.nl" or "anna@x.nl (Work)", or undefined. */
export function emailOf(raw: unknown): string | undefined {
  const text = valueText(raw)?.replace(/^mailto:/i, '');
  const match = text?.match(EMAIL)?.[0];
  return match && match.length <= 254 ? match : undefined;
}

/** A phone number as shown ("+31 6 1234 5678"), when it has at least six digits. */
export function phoneOf(raw: unknown): string | undefined {
  const text = valueText(raw, 60)?.replace(/^tel:/i, '');
  return text && (text.match(/\d/g)?.length ?? 0) >= 6 && /^[+\d\s().\-/]*(?:(?:x|ext\.?)\s*\d+)?$/i.test(text)
    ? text
    : undefined;
}

/** A website as an http(s) URL: "tulpveld.nl" and "www.tulpveld.nl" get "https://". */
export function websiteOf(raw: unknown): string | undefined {
  const text = valueText(raw);
  if (!text || /\s/.test(text)) return undefined;
  const href = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? href : undefined;
  } catch {
    return undefined;
  }
}

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
/** A date and a time with a zone: 2025-03-14T09:30:00Z, 2025-03-14T10:30:00.000+01:00. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An absolute moment as an ISO string, from an ISO date-time with a zone or an epoch number
 * (seconds or milliseconds). Local times without a zone ("2025-03-14T10:30") and relative or
 * display dates ("2 days ago", "14 Mar") give undefined: reading them would need a clock or a zone.
 */
export function isoTime(raw: unknown): string | undefined {
  const text = typeof raw === 'string' ? raw.trim().slice(0, 40) : typeof raw === 'number' ? String(raw) : '';
  let ms: number | undefined;
  if (/^\d{10}$/.test(text)) ms = Number(text) * 1000;
  else if (/^\d{13}$/.test(text)) ms = Number(text);
  else if (ISO_WITH_ZONE.test(text)) ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (ms === undefined || !Number.isFinite(ms) || ms < EARLIEST || ms >= LATEST) return undefined;
  return new Date(ms).toISOString();
}

/** An id safe to put in a dedupe key: letters, digits and `_ . : -`, at most `max` characters. */
export function safeId(raw: unknown, max = 100): string | undefined {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  return text && text.length <= max && /^[A-Za-z0-9_.:-]+$/.test(text) ? text : undefined;
}

/** A URL query or path segment decoded, or the raw text when it is not valid percent-encoding. */
export function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
