import type { Source } from '../collect';
import type { CapturedActivity } from '../types';
import { activityTypeOf, MAX_TIMELINE_ITEMS, type RawActivity, toActivities } from './activities';
import { keyForLabel, type RecordKey } from './labels';
import { collectRecord, type RawRecord, type RecordRef, recordResult } from './record';
import { composedText, deepFind, MAX_DEEP_ELEMENTS, type WalkBudget, walkDeep } from './shadow';
import type { CrmCaptureResult, CrmObjectType } from './types';
import { decode, isoTime, safeId, shownValue, valueText } from './values';

/**
 * Salesforce Lead, Contact and Account records: Lightning (`/lightning/r/<Object>/<id>/view` on
 * *.lightning.force.com) and Classic (`/<id>` on *.my.salesforce.com). Lightning renders fields
 * inside open shadow roots, so the page is walked once (bounded, see shadow.ts) and fields are
 * read by API name (`data-target-selection-name="sfdc:RecordField.Lead.Email"`), then by label
 * (`records-record-layout-item[field-label]`, in the user's language), then from the highlights
 * panel and the page title.
 */

const OBJECTS: Readonly<Record<string, { objectType: CrmObjectType; entity: RecordRef['entity']; prefix: string }>> = {
  lead: { objectType: 'lead', entity: 'person', prefix: '00Q' },
  contact: { objectType: 'contact', entity: 'person', prefix: '003' },
  account: { objectType: 'account', entity: 'company', prefix: '001' },
};

/** Standard field API names → record keys (Lead, Contact and Account). */
const API_NAMES: ReadonlyMap<string, RecordKey> = new Map([
  ['name', 'name'],
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['title', 'title'],
  ['company', 'company'],
  ['accountid', 'company'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['mobilephone', 'mobile'],
  ['website', 'website'],
  ['industry', 'industry'],
  ['numberofemployees', 'companySize'],
  ['leadsource', 'leadSource'],
  ['rating', 'rating'],
  ['status', 'status'],
  ['annualrevenue', 'annualRevenue'],
  ['ownerid', 'owner'],
]);

/** Elements that display one field's value (Lightning base components and record outputs). */
const VALUE_TAGS = new Set([
  'LIGHTNING-FORMATTED-TEXT',
  'LIGHTNING-FORMATTED-EMAIL',
  'LIGHTNING-FORMATTED-PHONE',
  'LIGHTNING-FORMATTED-URL',
  'LIGHTNING-FORMATTED-NUMBER',
  'LIGHTNING-FORMATTED-NAME',
  'LIGHTNING-FORMATTED-RICH-TEXT',
  'LIGHTNING-FORMATTED-ADDRESS',
  'FORCE-LOOKUP',
  'RECORDS-HOVERABLE-LINK',
  'RECORDS-FORMULA-OUTPUT',
]);
const HIGHLIGHTS_TAGS = new Set(['RECORDS-LWC-HIGHLIGHTS-PANEL', 'RECORDS-HIGHLIGHTS2', 'FORCE-HIGHLIGHTS-PANEL']);
const RECORD_ID_ATTRIBUTES = ['record-id', 'data-record-id', 'data-recordid'];
/** Lightning's global chrome (app navigation, utility bar): large, and never the record. */
const CHROME_TAGS = new Set(['ONE-APPNAV', 'ONE-APP-NAV-BAR', 'ONE-UTILITY-BAR', 'FORCE-GLOBAL-HEADER']);
const MAX_FIELDS = 500;
/** Elements read inside one field or timeline entry, at most. */
const ITEM_BUDGET = 300;
/**
 * Elements all field and timeline reads of one capture may visit together, inside what the page
 * walk found (which itself visits at most MAX_DEEP_ELEMENTS): a capture never walks more than
 * five times that budget, however the page is built.
 */
const READ_BUDGET = 4 * MAX_DEEP_ELEMENTS;

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The 18-character, case-insensitive form of a 15-character id (Salesforce's checksum suffix). */
export function salesforceId18(id: string): string {
  if (id.length !== 15) return id;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') flags |= 1 << i;
    }
    suffix += alphabet.charAt(flags);
  }
  return id + suffix;
}

/** The Lead, Contact or Account behind a Lightning record URL or a Classic detail URL. */
export function salesforceRecordRef(url: URL): RecordRef | undefined {
  const path = url.pathname;
  const lightning = path.match(/^\/lightning\/r\/(?:([A-Za-z]+)\/)?([A-Za-z0-9]{15,18})\/view\/?$/);
  const classic = lightning ? undefined : path.match(/^\/([A-Za-z0-9]{15,18})\/?$/);
  const id = decode(lightning?.[2] ?? classic?.[1] ?? '');
  if (!ID.test(id)) return undefined;
  const name = lightning?.[1]?.toLowerCase();
  const object = name
    ? Object.hasOwn(OBJECTS, name)
      ? OBJECTS[name]
      : undefined
    : Object.values(OBJECTS).find((o) => id.startsWith(o.prefix));
  if (!object || !id.startsWith(object.prefix)) return undefined;
  return { site: 'salesforce', recordId: salesforceId18(id), objectType: object.objectType, entity: object.entity };
}

function hasClass(el: Element, name: string): boolean {
  return el.classList?.contains(name) ?? false;
}

/** Elements of interest, from one bounded walk of the page and its shadow roots. */
interface Scan {
  targets: Element[];
  items: Element[];
  highlights: Element[];
  highlightDetails: Element[];
  timeline: Element[];
  /** Shared by every read inside the elements found. */
  reads: WalkBudget;
}

/**
 * Walks the page once. Subtrees that belong to another record of the same object (a second
 * console tab) are skipped: their `record-id` attribute names a different id. So is the global
 * chrome, to keep the walk budget for the record.
 */
function scan(doc: Document, ref: RecordRef): Scan {
  const found: Scan = {
    targets: [],
    items: [],
    highlights: [],
    highlightDetails: [],
    timeline: [],
    reads: { left: READ_BUDGET },
  };
  const prefix = ref.recordId.slice(0, 3);
  const own = ref.recordId.slice(0, 15);
  walkDeep(doc, (el) => {
    for (const name of RECORD_ID_ATTRIBUTES) {
      const id = el.getAttribute(name);
      if (id && ID.test(id) && id.startsWith(prefix) && id.slice(0, 15) !== own) return 'skip';
    }
    const tag = el.tagName.toUpperCase();
    if (CHROME_TAGS.has(tag)) return 'skip';
    const target = el.getAttribute('data-target-selection-name');
    if (target?.startsWith('sfdc:RecordField.') && found.targets.length < MAX_FIELDS) found.targets.push(el);
    if (tag === 'RECORDS-RECORD-LAYOUT-ITEM' && found.items.length < MAX_FIELDS) found.items.push(el);
    else if (HIGHLIGHTS_TAGS.has(tag)) found.highlights.push(el);
    else if (tag === 'RECORDS-HIGHLIGHTS-DETAILS-ITEM' && found.highlightDetails.length < 50)
      found.highlightDetails.push(el);
    else if ((el.getAttribute('class') ?? '').includes('slds-timeline__item_')) {
      if (found.timeline.length < MAX_TIMELINE_ITEMS) found.timeline.push(el);
      return 'skip';
    }
    return undefined;
  });
  return found;
}

const isFieldLabel = (el: Element) => hasClass(el, 'test-id__field-label') || hasClass(el, 'slds-text-title');

/** The value a field element shows: its Lightning output component, or its value wrapper. */
function fieldValue(field: Element, reads: WalkBudget): string | undefined {
  // Output components first: a wrapper's <slot> cannot be followed in an unattached declarative template.
  const output =
    deepFind(field, (el) => VALUE_TAGS.has(el.tagName.toUpperCase()), ITEM_BUDGET, reads) ??
    deepFind(
      field,
      (el) =>
        el.getAttribute('data-output-element-id') === 'output-field' ||
        hasClass(el, 'test-id__field-value') ||
        hasClass(el, 'fieldComponent'),
      ITEM_BUDGET,
      reads,
    );
  return output ? shownValue(output, isFieldLabel, reads) : undefined;
}

function fieldLabel(item: Element, reads: WalkBudget): string | undefined {
  const attribute = item.getAttribute('field-label');
  if (attribute) return attribute;
  const label = deepFind(item, isFieldLabel, ITEM_BUDGET, reads);
  return label ? composedText(label, { limit: 20, maxLength: 200, budget: reads }) : undefined;
}

function put(raw: RawRecord, key: RecordKey | undefined, value: string | undefined): void {
  if (key && value !== undefined && raw[key] === undefined) raw[key] = value;
}

/** `data-target-selection-name="sfdc:RecordField.<Object>.<ApiName>"`, for this record's object only. */
function readApiNames(found: Scan, ref: RecordRef): RawRecord {
  const raw: RawRecord = {};
  for (const el of found.targets) {
    const [, object, field] = (el.getAttribute('data-target-selection-name') ?? '').split('.');
    if (object?.toLowerCase() !== ref.objectType || !field) continue;
    const key = API_NAMES.get(field.toLowerCase());
    if (key && raw[key] === undefined) put(raw, key, fieldValue(el, found.reads));
  }
  return raw;
}

function readLabelled(elements: readonly Element[], reads: WalkBudget): RawRecord {
  const raw: RawRecord = {};
  for (const el of elements) {
    const key = keyForLabel(fieldLabel(el, reads));
    if (key && raw[key] === undefined) put(raw, key, fieldValue(el, reads));
  }
  return raw;
}

function readHighlights(found: Scan, ref: RecordRef): RawRecord {
  const raw = readLabelled(found.highlightDetails, found.reads);
  for (const panel of found.highlights) {
    const title =
      deepFind(panel, (el) => el.tagName.toUpperCase() === 'LIGHTNING-FORMATTED-NAME', ITEM_BUDGET, found.reads) ??
      deepFind(panel, (el) => el.tagName.toUpperCase() === 'H1', ITEM_BUDGET, found.reads);
    const name = title ? valueText(composedText(title, { skip: isFieldLabel, budget: found.reads })) : undefined;
    put(raw, ref.entity === 'company' ? 'company' : 'name', name);
    if (name) break;
  }
  return raw;
}

/** Classic detail pages: `<td class="labelCol">Email</td><td class="dataCol">…</td>`. */
function readClassic(doc: Document): RawRecord {
  const raw: RawRecord = {};
  const labels = doc.querySelectorAll('td.labelCol');
  for (let i = 0; i < labels.length && i < MAX_FIELDS; i++) {
    const label = labels[i];
    const value = label?.nextElementSibling;
    if (!label || !value || !hasClass(value, 'dataCol')) continue;
    const key = keyForLabel(label.textContent);
    if (key) put(raw, key, shownValue(value));
  }
  return raw;
}

/** "Anna Berg | Lead | Salesforce" → "Anna Berg". */
function nameFromTitle(title: string): string | undefined {
  const parts = (valueText(title) ?? '').split(' | ');
  return parts.length >= 3 && parts[parts.length - 1] === 'Salesforce' ? parts[0] : undefined;
}

/**
 * Activity timeline entries (SLDS `slds-timeline__item_call|event|email|task`). Calls and
 * meetings (events) become activities; e-mails the rep sent and tasks are not the lead's doing.
 */
function readTimeline(found: Scan, ref: RecordRef): CapturedActivity[] {
  const raw: RawActivity[] = [];
  for (const item of found.timeline) {
    const classes = (item.getAttribute('class') ?? '').slice(0, 500);
    const type = /\bslds-timeline__item_event\b/.test(classes)
      ? 'meeting-booked'
      : /\bslds-timeline__item_call\b/.test(classes)
        ? 'call'
        : activityTypeOf(item.getAttribute('data-activity-type'));
    if (type !== 'call' && type !== 'meeting-booked') continue;
    const at = timelineTime(item, found.reads);
    if (!at) continue;
    const link = deepFind(
      item,
      (el) => el.tagName.toUpperCase() === 'A' && el.hasAttribute('href'),
      ITEM_BUDGET,
      found.reads,
    );
    const linkedId = link?.getAttribute('href')?.match(/\/lightning\/r\/(?:Task|Event)\/([A-Za-z0-9]{15,18})\//)?.[1];
    const id = safeId(item.getAttribute('data-record-id')) ?? safeId(item.getAttribute('data-id')) ?? linkedId;
    raw.push({
      id: id && ID.test(id) ? salesforceId18(id) : id,
      type,
      at,
      detail: link ? composedText(link, { limit: 20, maxLength: 400, budget: found.reads }) : undefined,
    });
  }
  return toActivities('salesforce', ref.recordId, raw);
}

/** `<time datetime>` or `lightning-formatted-date-time value="…"` (ISO or epoch ms) inside the entry. */
function timelineTime(item: Element, reads: WalkBudget): string | undefined {
  let at: string | undefined;
  deepFind(
    item,
    (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'TIME') at = isoTime(el.getAttribute('datetime'));
      else if (tag === 'LIGHTNING-FORMATTED-DATE-TIME') at = isoTime(el.getAttribute('value'));
      return at !== undefined;
    },
    ITEM_BUDGET,
    reads,
  );
  return at ?? isoTime(item.getAttribute('data-datetime'));
}

export function extractSalesforce(doc: Document, ref: RecordRef, overrides: readonly Source[]): CrmCaptureResult {
  let found: Scan | undefined;
  const page = () => {
    found ??= scan(doc, ref);
    return found;
  };
  const collected = collectRecord(
    [
      { strategy: 'api-name', read: () => readApiNames(page(), ref) },
      { strategy: 'field-label', read: () => readLabelled(page().items, page().reads) },
      { strategy: 'highlights', read: () => readHighlights(page(), ref) },
      { strategy: 'classic-detail', read: () => readClassic(doc) },
      {
        strategy: 'title',
        read: () => ({ [ref.entity === 'company' ? 'company' : 'name']: nameFromTitle(doc.title) }),
      },
    ],
    ref.entity,
    overrides,
  );
  return recordResult(ref, collected, () => readTimeline(page(), ref));
}
