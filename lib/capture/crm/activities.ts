import { cleanText } from '../sanitize';
import type { CapturedActivity } from '../types';
import type { CrmSite } from './types';
import { isoTime, safeId } from './values';

/** At most this many activities per record page (the capture schema allows 500). */
export const MAX_ACTIVITIES = 300;
/** Timeline items looked at, at most (a long timeline is cut, not scanned to the end). */
export const MAX_TIMELINE_ITEMS = 1000;
const DETAIL_LENGTH = 200;

/** One timeline entry as read from the page, before keys are made. */
export interface RawActivity {
  /** The CRM's id of the entry (timeline event id, Task id), when the page shows one. */
  id?: string | undefined;
  type: string;
  /** Absolute ISO time; entries without one are never read (relative times need a clock). */
  at: string;
  detail?: string | undefined;
}

/**
 * Activity types from the tokens CRMs use for timeline entries (event type attributes, class
 * suffixes, English header words), compared in kebab case: "EMAIL_OPEN" → "email-open".
 */
const TYPE_TOKENS: ReadonlyMap<string, string> = new Map([
  ['email-open', 'email-open'],
  ['email-opened', 'email-open'],
  ['email-opens', 'email-open'],
  ['opened', 'email-open'],
  ['email-click', 'email-click'],
  ['email-clicked', 'email-click'],
  ['email-clicks', 'email-click'],
  ['clicked', 'email-click'],
  ['email-reply', 'email-reply'],
  ['email-replied', 'email-reply'],
  ['incoming-email', 'email-reply'],
  ['replied', 'email-reply'],
  ['form-submission', 'contact-form'],
  ['form-submitted', 'contact-form'],
  ['form', 'contact-form'],
  ['submitted', 'contact-form'],
  ['page-view', 'page-view'],
  ['pageview', 'page-view'],
  ['page-visit', 'page-view'],
  ['visited', 'page-view'],
  ['viewed', 'page-view'],
  ['meeting', 'meeting-booked'],
  ['meeting-booked', 'meeting-booked'],
  ['meeting-scheduled', 'meeting-booked'],
  ['event', 'meeting-booked'],
  ['call', 'call'],
  ['logged-call', 'call'],
  ['phone-call', 'call'],
]);

function kebab(token: string): string {
  return token
    .slice(0, 60)
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The activity type a CRM token stands for ("EMAIL_OPEN", "slds-timeline__item_call" suffix "call"), if any. */
export function activityTypeOf(token: unknown): string | undefined {
  return typeof token === 'string' && token ? TYPE_TOKENS.get(kebab(token)) : undefined;
}

/** The activity type named in an English header ("Anna opened Spring invite", "Form submission"). */
export function activityTypeInText(text: string | undefined): string | undefined {
  const head = (text ?? '').slice(0, 200).toLowerCase();
  if (/\bform submission\b|\bsubmitted\b.*\bform\b/.test(head)) return 'contact-form';
  if (/\bclicked\b/.test(head)) return 'email-click';
  if (/\bopened\b/.test(head)) return 'email-open';
  if (/\breplied\b/.test(head)) return 'email-reply';
  if (/\bpage views?\b|\bviewed\b|\bvisited\b/.test(head)) return 'page-view';
  if (/\bmeeting\b/.test(head)) return 'meeting-booked';
  if (/\bcall\b/.test(head)) return 'call';
  return undefined;
}

/** A pricing page in any of the supported languages: /pricing, /prijzen, /priser, /cennik, /preturi, /preise. */
const PRICING_PATH = /\/(?:pricing|prices|plans|prijzen|tarieven|priser|cennik|preturi|preise|tarife)(?:[/.?#]|$)/i;

/** An http(s) URL a page view points at, cleaned, or undefined. */
export function pageUrlOf(raw: unknown): string | undefined {
  const text = cleanText(raw);
  if (!text || /\s/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** 'pricing-page-visit' for a page view of a pricing page, else the type unchanged. */
export function refinePageView(type: string, url: string | undefined): string {
  if (type !== 'page-view' || !url) return type;
  try {
    return PRICING_PATH.test(new URL(url).pathname) ? 'pricing-page-visit' : type;
  } catch {
    return type;
  }
}

/**
 * Timeline entries made into activities with stable keys: `<site>:<recordId>:<entry id>`, or
 * `<site>:<recordId>:<type>:<at>` for an entry without an id, so capturing the same record again
 * gives the same keys. Duplicate keys are kept once; at most MAX_ACTIVITIES.
 */
export function toActivities(site: CrmSite, recordId: string, raw: readonly RawActivity[]): CapturedActivity[] {
  const byKey = new Map<string, CapturedActivity>();
  for (const entry of raw) {
    if (byKey.size >= MAX_ACTIVITIES) break;
    const at = isoTime(entry.at);
    if (!at || !/^[a-z]+(-[a-z]+)*$/.test(entry.type)) continue;
    const id = safeId(entry.id);
    const dedupeKey = `${site}:${recordId}:${id ?? `${entry.type}:${at}`}`;
    if (byKey.has(dedupeKey)) continue;
    const detail = cleanText(entry.detail, DETAIL_LENGTH);
    byKey.set(dedupeKey, { type: entry.type, at, dedupeKey, ...(detail ? { detail } : {}) });
  }
  return [...byKey.values()];
}

/** The absolute time of a timeline entry: `<time datetime>`, or a timestamp attribute. */
export function entryTime(item: Element, attributes: readonly string[]): string | undefined {
  for (const name of attributes) {
    const at = isoTime(item.getAttribute(name));
    if (at) return at;
  }
  const times = item.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < 5; i++) {
    const at = isoTime(times[i]?.getAttribute('datetime'));
    if (at) return at;
  }
  return undefined;
}
