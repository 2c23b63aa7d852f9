import type { Source } from '../collect';
import { queryFirst } from '../dom';
import type { CapturedActivity } from '../types';
import {
  activityTypeInText,
  activityTypeOf,
  entryTime,
  MAX_TIMELINE_ITEMS,
  pageUrlOf,
  type RawActivity,
  refinePageView,
  toActivities,
} from './activities';
import type { RecordKey } from './labels';
import { collectRecord, type RawRecord, type RecordRef, recordResult } from './record';
import type { CrmCaptureResult } from './types';
import { shownValue, valueText } from './values';

/**
 * HubSpot contact and company records (app.hubspot.com, app-eu1.hubspot.com, ...), read from
 * HubSpot's test attributes: the record name in `[data-selenium-test="highlightTitle"]`, each
 * property in `[data-selenium-test="property-input-<internal name>"]` (or `data-test-id`), and
 * the activity timeline's cards.
 */

export const HUBSPOT = {
  highlightTitle: [
    'span[data-selenium-test="highlightTitle"]',
    'h1[data-selenium-test="highlightTitle"]',
    'div[data-selenium-test="highlightTitle"]',
    '[data-selenium-test="highlightTitle"]',
  ],
  /** Property containers; the attribute value is `property-input-<internal property name>`. */
  properties: ['[data-selenium-test^="property-input-"]', '[data-test-id^="property-input-"]'],
  propertyPrefix: 'property-input-',
  timelineItems: [
    'div[data-selenium-test="timeline-card"]',
    'li[data-selenium-test="timeline-card"]',
    'div[data-test-id="timeline-card"]',
    'li[data-test-id="timeline-card"]',
  ],
  timelineHeader: ['[data-selenium-test="timeline-header"]', '[data-test-id="timeline-header"]', 'h3', 'h4'],
  timelineId: ['data-timeline-event-id', 'data-event-id', 'id'],
  timelineType: ['data-timeline-event-type', 'data-event-type'],
  timelineTime: ['data-timestamp', 'data-timeline-event-timestamp'],
} as const;

/** HubSpot internal property names → record keys, for contacts and companies. */
const PROPERTIES: ReadonlyMap<string, RecordKey> = new Map([
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['name', 'name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['mobilephone', 'mobile'],
  ['jobtitle', 'title'],
  ['company', 'company'],
  ['website', 'website'],
  ['domain', 'website'],
  ['industry', 'industry'],
  ['numberofemployees', 'companySize'],
  ['annualrevenue', 'annualRevenue'],
  ['lifecyclestage', 'lifecycleStage'],
  ['hs_lead_status', 'leadStatus'],
  ['hubspot_owner_id', 'owner'],
  ['hs_analytics_source', 'leadSource'],
]);

const MAX_PROPERTIES = 500;

/** The record behind /contacts/<portal>/record/0-1|0-2/<id> or the older /contacts/<portal>/contact|company/<id>. */
export function hubspotRecordRef(url: URL): RecordRef | undefined {
  const path = url.pathname;
  const record = path.match(/^\/contacts\/\d{1,20}\/record\/(0-[12])\/(\d{1,20})(?:[/?#]|$)/);
  const legacy = path.match(/^\/contacts\/\d{1,20}\/(contact|company)\/(\d{1,20})(?:[/?#]|$)/);
  const kind = record?.[1] ?? legacy?.[1];
  const recordId = record?.[2] ?? legacy?.[2];
  if (!kind || !recordId) return undefined;
  const company = kind === '0-2' || kind === 'company';
  return {
    site: 'hubspot',
    recordId,
    objectType: company ? 'company' : 'contact',
    entity: company ? 'company' : 'person',
  };
}

function readProperties(doc: Document): RawRecord {
  const raw: RawRecord = {};
  const seen = new Set<string>();
  for (const selector of HUBSPOT.properties) {
    const attribute = selector.slice(1, selector.indexOf('^'));
    const elements = doc.querySelectorAll(selector);
    for (let i = 0; i < elements.length && i < MAX_PROPERTIES; i++) {
      const el = elements[i];
      const property = el?.getAttribute(attribute)?.slice(HUBSPOT.propertyPrefix.length).toLowerCase() ?? '';
      const key = PROPERTIES.get(property);
      // Each property is read once; `website` wins over `domain` wherever they are on the page.
      if (!el || !key || seen.has(property) || (raw[key] !== undefined && property !== 'website')) continue;
      const value = shownValue(el);
      if (value === undefined) continue;
      seen.add(property);
      raw[key] = value;
    }
  }
  return raw;
}

/** "Anna Berg | HubSpot" or "Anna Berg - Contact | HubSpot" → "Anna Berg". */
function nameFromTitle(title: string): string | undefined {
  const clean = valueText(title);
  if (!clean || !/hubspot/i.test(clean)) return undefined;
  const head = clean.split(/\s+[|–-]\s+/)[0];
  return head && !/hubspot/i.test(head) ? head : undefined;
}

function readTimeline(doc: Document, ref: RecordRef): CapturedActivity[] {
  const raw: RawActivity[] = [];
  const seen = new Set<Element>();
  for (const selector of HUBSPOT.timelineItems) {
    const items = doc.querySelectorAll(selector);
    for (let i = 0; i < items.length && seen.size < MAX_TIMELINE_ITEMS; i++) {
      const item = items[i];
      if (!item || seen.has(item)) continue;
      seen.add(item);
      const entry = readTimelineItem(item);
      if (entry) raw.push(entry);
    }
  }
  return toActivities('hubspot', ref.recordId, raw);
}

function firstAttribute(el: Element, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}

function readTimelineItem(item: Element): RawActivity | undefined {
  const at = entryTime(item, HUBSPOT.timelineTime);
  if (!at) return undefined;
  const header = valueText(queryFirst(item, HUBSPOT.timelineHeader)?.textContent, 200);
  const type = activityTypeOf(firstAttribute(item, HUBSPOT.timelineType)) ?? activityTypeInText(header);
  if (!type) return undefined;
  const url =
    type === 'page-view'
      ? (pageUrlOf(item.getAttribute('data-url')) ??
        pageUrlOf(item.querySelector('a[href^="http"]')?.getAttribute('href')))
      : undefined;
  return {
    id: firstAttribute(item, HUBSPOT.timelineId),
    type: refinePageView(type, url),
    at,
    detail: url ?? header,
  };
}

/**
 * The contact's LinkedIn profile from HubSpot's "LinkedIn URL" property (`hs_linkedin_url`, or a
 * portal's own `linkedin_url` / `linkedin`): what ties the record to the lead captured on LinkedIn.
 */
const LINKEDIN_PROPERTIES = ['hs_linkedin_url', 'linkedin_url', 'linkedin'];
const LINKEDIN_PROFILE = /^https?:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[^/?#\s]+\/?$/i;

function readLinkedInUrl(doc: Document): string | undefined {
  for (const property of LINKEDIN_PROPERTIES) {
    for (const attribute of ['data-selenium-test', 'data-test-id']) {
      const el = doc.querySelector(`[${attribute}="${HUBSPOT.propertyPrefix}${property}"]`);
      const shown = shownValue(el) ?? el?.querySelector('a[href]')?.getAttribute('href') ?? undefined;
      const url = shown && !/^https?:\/\//i.test(shown) ? `https://${shown}` : shown;
      if (url && LINKEDIN_PROFILE.test(url)) return url;
    }
  }
  return undefined;
}

export function extractHubSpot(doc: Document, ref: RecordRef, overrides: readonly Source[]): CrmCaptureResult {
  const nameKey = ref.entity === 'company' ? 'company' : 'name';
  // No other strategy reads a LinkedIn URL, so this source only adds that one field.
  const linkedin: Source[] =
    ref.entity === 'person'
      ? [{ strategy: 'property-input', fields: ['linkedinUrl'], read: () => ({ linkedinUrl: readLinkedInUrl(doc) }) }]
      : [];
  const collected = collectRecord(
    [
      {
        strategy: 'highlight-title',
        read: () => ({ [nameKey]: valueText(queryFirst(doc, HUBSPOT.highlightTitle)?.textContent) }),
      },
      { strategy: 'property-input', read: () => readProperties(doc) },
      { strategy: 'title', read: () => ({ [nameKey]: nameFromTitle(doc.title) }) },
    ],
    ref.entity,
    [...overrides, ...linkedin],
  );
  return recordResult(ref, collected, () => readTimeline(doc, ref));
}
