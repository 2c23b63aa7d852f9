import type { Source } from '../collect';
import { queryFirst } from '../dom';
import type { CapturedActivity } from '../types';
import { activityTypeOf, entryTime, MAX_TIMELINE_ITEMS, type RawActivity, toActivities } from './activities';
import { keyForLabel, type RecordKey } from './labels';
import { collectRecord, type RawRecord, type RecordRef, recordResult } from './record';
import type { CrmCaptureResult } from './types';
import { shownValue, valueText } from './values';

/**
 * Pipedrive person and organization pages (<company>.pipedrive.com/person/<id>,
 * /organization/<id>), read from `data-testid` attributes: the header title, one
 * `[data-testid="field-<key>"]` row per field (standard field keys; custom fields have hashed
 * keys and are read by their label), and the activity flow.
 */

export const PIPEDRIVE = {
  name: [
    'h1[data-testid="header-title"]',
    '[data-testid="header-title"]',
    '[data-testid="person-name"]',
    '[data-testid="organization-name"]',
  ],
  fieldRows: '[data-testid^="field-"]',
  fieldLabel: '[data-testid="field-label"]',
  fieldValue: '[data-testid="field-value"]',
  flowItems: ['div[data-testid="flow-item"]', 'li[data-testid="flow-item"]', 'div[data-testid="timeline-item"]'],
} as const;

/** Pipedrive's standard field keys (person and organization) → record keys. */
const FIELD_KEYS: ReadonlyMap<string, RecordKey> = new Map([
  ['name', 'name'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['job_title', 'title'],
  ['org_id', 'company'],
  ['org_name', 'company'],
  ['website', 'website'],
  ['industry', 'industry'],
  ['employee_count', 'companySize'],
  ['annual_revenue', 'annualRevenue'],
  ['owner_id', 'owner'],
]);

const NOT_ROWS = new Set(['field-label', 'field-value']);
const MAX_ROWS = 300;

export function pipedriveRecordRef(url: URL): RecordRef | undefined {
  const match = url.pathname.match(/^\/(person|organization)\/(\d{1,20})(?:[/?#]|$)/);
  if (!match?.[1] || !match[2]) return undefined;
  return match[1] === 'person'
    ? { site: 'pipedrive', recordId: match[2], objectType: 'person', entity: 'person' }
    : { site: 'pipedrive', recordId: match[2], objectType: 'organization', entity: 'company' };
}

const isRowLabel = (el: Element) => el.getAttribute('data-testid') === 'field-label';

function rowValue(row: Element): string | undefined {
  return shownValue(row.querySelector(PIPEDRIVE.fieldValue) ?? row, isRowLabel);
}

/** Rows by field key (`by: 'key'`) or, for rows whose key is unknown, by their label. */
function readRows(doc: Document, by: 'key' | 'label'): RawRecord {
  const raw: RawRecord = {};
  const rows = doc.querySelectorAll(PIPEDRIVE.fieldRows);
  for (let i = 0; i < rows.length && i < MAX_ROWS; i++) {
    const row = rows[i];
    const testId = row?.getAttribute('data-testid') ?? '';
    if (!row || NOT_ROWS.has(testId)) continue;
    const byKey = FIELD_KEYS.get(testId.slice('field-'.length));
    const key =
      by === 'key' ? byKey : byKey ? undefined : keyForLabel(row.querySelector(PIPEDRIVE.fieldLabel)?.textContent);
    if (!key || raw[key] !== undefined) continue;
    const value = rowValue(row);
    if (value !== undefined) raw[key] = value;
  }
  return raw;
}

/** "Anna Berg - person - Pipedrive" / "Tulpveld B.V. - organization - Pipedrive" → the name. */
function nameFromTitle(title: string): string | undefined {
  const parts = (valueText(title) ?? '').split(' - ');
  return parts.length >= 2 && /pipedrive/i.test(parts[parts.length - 1] ?? '') ? parts[0] : undefined;
}

/** Calls and meetings in the activity flow (`data-activity-type`), with `<time datetime>`. */
function readFlow(doc: Document, ref: RecordRef): CapturedActivity[] {
  const raw: RawActivity[] = [];
  const seen = new Set<Element>();
  for (const selector of PIPEDRIVE.flowItems) {
    const items = doc.querySelectorAll(selector);
    for (let i = 0; i < items.length && seen.size < MAX_TIMELINE_ITEMS; i++) {
      const item = items[i];
      if (!item || seen.has(item)) continue;
      seen.add(item);
      const type = activityTypeOf(item.getAttribute('data-activity-type'));
      const at = entryTime(item, ['data-timestamp']);
      if (!at || (type !== 'call' && type !== 'meeting-booked')) continue;
      raw.push({
        id: item.getAttribute('data-activity-id') ?? item.getAttribute('data-id') ?? undefined,
        type,
        at,
        detail: valueText(queryFirst(item, ['[data-testid="flow-item-title"]', 'h3', 'h4'])?.textContent, 200),
      });
    }
  }
  return toActivities('pipedrive', ref.recordId, raw);
}

export function extractPipedrive(doc: Document, ref: RecordRef, overrides: readonly Source[]): CrmCaptureResult {
  const nameKey = ref.entity === 'company' ? 'company' : 'name';
  const collected = collectRecord(
    [
      {
        strategy: 'header-title',
        read: () => ({ [nameKey]: valueText(queryFirst(doc, PIPEDRIVE.name)?.textContent) }),
      },
      { strategy: 'field-key', read: () => readRows(doc, 'key') },
      { strategy: 'field-label', read: () => readRows(doc, 'label') },
      { strategy: 'title', read: () => ({ [nameKey]: nameFromTitle(doc.title) }) },
    ],
    ref.entity,
    overrides,
  );
  return recordResult(ref, collected, () => readFlow(doc, ref));
}
