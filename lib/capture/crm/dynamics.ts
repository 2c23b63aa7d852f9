import type { Source } from '../collect';
import type { RecordKey } from './labels';
import { collectRecord, type RawRecord, type RecordRef, recordResult } from './record';
import type { CrmCaptureResult, CrmObjectType } from './types';
import { decode, shownValue, valueText } from './values';

/**
 * Microsoft Dynamics 365 (Unified Interface) lead, contact and account forms:
 * `<org>.crm<n>.dynamics.com/main.aspx?...&pagetype=entityrecord&etn=lead&id=<guid>`. Every field
 * control carries `data-id="<schema name>.fieldControl-<control>"` (e.g.
 * `firstname.fieldControl-text-box-text`, `emailaddress1.fieldControl-mail-text-input`, lookups
 * `parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text`), so
 * fields are read by schema name, whatever the UI language. Header fields (`header_<schema>`)
 * come after the form body.
 */

const ENTITIES: Readonly<Record<string, { objectType: CrmObjectType; entity: RecordRef['entity'] }>> = {
  lead: { objectType: 'lead', entity: 'person' },
  contact: { objectType: 'contact', entity: 'person' },
  account: { objectType: 'account', entity: 'company' },
};

/** Schema (logical) names → record keys. */
const SCHEMA_NAMES: ReadonlyMap<string, RecordKey> = new Map([
  ['fullname', 'name'],
  ['name', 'name'],
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['jobtitle', 'title'],
  ['companyname', 'company'],
  ['parentcustomerid', 'company'],
  ['parentaccountid', 'company'],
  ['emailaddress1', 'email'],
  ['telephone1', 'phone'],
  ['mobilephone', 'mobile'],
  ['websiteurl', 'website'],
  ['industrycode', 'industry'],
  ['numberofemployees', 'companySize'],
  ['leadsourcecode', 'leadSource'],
  ['leadqualitycode', 'rating'],
  ['statuscode', 'status'],
  ['revenue', 'annualRevenue'],
  ['ownerid', 'owner'],
]);

export const DYNAMICS = {
  /** Every element whose data-id names a field control. */
  fieldControls: '[data-id*=".fieldControl"]',
  headerTitle: 'h1[data-id="header_title"]',
} as const;

const MAX_CONTROLS = 1000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function dynamicsRecordRef(url: URL): RecordRef | undefined {
  const params = url.searchParams;
  const entityName = (params.get('etn') ?? '').toLowerCase();
  const pageType = params.get('pagetype');
  if (pageType && pageType.toLowerCase() !== 'entityrecord') return undefined;
  if (!Object.hasOwn(ENTITIES, entityName)) return undefined;
  const entity = ENTITIES[entityName];
  const id = decode(params.get('id') ?? '')
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
  if (!entity || !GUID.test(id)) return undefined;
  return { site: 'dynamics', recordId: id, objectType: entity.objectType, entity: entity.entity };
}

interface Control {
  schema: string;
  header: boolean;
  el: Element;
}

/** `header_process_x.fieldControl-…`, `fullname_compositionLinkControl_firstname.fieldControl-…` → schema name. */
function controlOf(el: Element): Control | undefined {
  const dataId = el.getAttribute('data-id') ?? '';
  const head = dataId.slice(0, dataId.indexOf('.fieldControl')).toLowerCase();
  // Search boxes and result lists of lookups show no value.
  if (!head || /textinputbox|resultscontainer|_search/i.test(dataId)) return undefined;
  const header = head.startsWith('header_');
  const schema = head
    .replace(/^header_(?:process_)?/, '')
    .split('_compositionlinkcontrol_')
    .pop();
  return schema ? { schema, header, el } : undefined;
}

function readControls(doc: Document, header: boolean): RawRecord {
  const raw: RawRecord = {};
  const elements = doc.querySelectorAll(DYNAMICS.fieldControls);
  for (let i = 0; i < elements.length && i < MAX_CONTROLS; i++) {
    const el = elements[i];
    const control = el ? controlOf(el) : undefined;
    if (!control || control.header !== header) continue;
    const key = SCHEMA_NAMES.get(control.schema);
    if (!key || raw[key] !== undefined) continue;
    const value = shownValue(control.el) ?? valueText(control.el.getAttribute('title'));
    if (value !== undefined) raw[key] = value;
  }
  return raw;
}

/** The form header: `<h1 data-id="header_title" title="Anna Berg">Anna Berg<span>- Saved</span></h1>`. */
function readHeaderTitle(doc: Document, ref: RecordRef): RawRecord {
  const h1 = doc.querySelector(DYNAMICS.headerTitle);
  const name = valueText(h1?.getAttribute('title')) ?? valueText(h1?.firstChild?.nodeValue);
  return { [ref.entity === 'company' ? 'company' : 'name']: name };
}

export function extractDynamics(doc: Document, ref: RecordRef, overrides: readonly Source[]): CrmCaptureResult {
  const collected = collectRecord(
    [
      { strategy: 'field-control', read: () => readControls(doc, false) },
      { strategy: 'header-field', read: () => readControls(doc, true) },
      { strategy: 'header-title', read: () => readHeaderTitle(doc, ref) },
    ],
    ref.entity,
    overrides,
  );
  return recordResult(ref, collected, () => []);
}
