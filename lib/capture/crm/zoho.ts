import type { Source } from '../collect';
import { keyForLabel, type RecordKey } from './labels';
import { collectRecord, type RawRecord, type RecordRef, recordResult } from './record';
import type { CrmCaptureResult, CrmObjectType } from './types';
import { shownValue, valueText } from './values';

/**
 * Zoho CRM leads, contacts and accounts (crm.zoho.com / .eu / ...
 * `/crm/org<id>/tab/Leads/<id>`). Best effort: Zoho's markup is neither documented nor stable,
 * so every strategy is recorded as `zoho-best-effort:<strategy>`. Values are read by field API
 * name (`id="value_<API_Name>"`, `data-zcqa="value_<API_Name>"`), then by label in the user's
 * language (`id="label_<API_Name>"`, `.dvLabel`, `td.label`, `dt`, each followed by its value),
 * then from the page title.
 */

export const ZOHO_PREFIX = 'zoho-best-effort:';

const MODULES: Readonly<Record<string, { objectType: CrmObjectType; entity: RecordRef['entity'] }>> = {
  Leads: { objectType: 'lead', entity: 'person' },
  Contacts: { objectType: 'contact', entity: 'person' },
  Accounts: { objectType: 'account', entity: 'company' },
};

/** Zoho field API names → record keys (leads, contacts, accounts). */
const API_NAMES: ReadonlyMap<string, RecordKey> = new Map([
  ['full_name', 'name'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['designation', 'title'],
  ['title', 'title'],
  ['company', 'company'],
  ['account_name', 'company'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['mobile', 'mobile'],
  ['website', 'website'],
  ['industry', 'industry'],
  ['no_of_employees', 'companySize'],
  ['employees', 'companySize'],
  ['lead_source', 'leadSource'],
  ['rating', 'rating'],
  ['lead_status', 'status'],
  ['annual_revenue', 'annualRevenue'],
  ['owner', 'owner'],
]);

export const ZOHO = {
  values: ['[id^="value_"]', '[data-zcqa^="value_"]'],
  labels: ['[id^="label_"]', '[data-zcqa^="label_"]', '.dvLabel', 'td.label', 'dt'],
} as const;

const MAX_ELEMENTS = 500;

export function zohoRecordRef(url: URL): RecordRef | undefined {
  const match = url.pathname.match(/^\/crm\/(?:org\d{1,20}\/)?tab\/([A-Za-z]+)\/(\d{5,25})(?:[/?#]|$)/);
  const module = match?.[1];
  if (!module || !match[2] || !Object.hasOwn(MODULES, module)) return undefined;
  const object = MODULES[module];
  return object
    ? { site: 'zoho', recordId: match[2], objectType: object.objectType, entity: object.entity }
    : undefined;
}

function readApiNames(doc: Document): RawRecord {
  const raw: RawRecord = {};
  for (const selector of ZOHO.values) {
    const attribute = selector.slice(1, selector.indexOf('^'));
    const elements = doc.querySelectorAll(selector);
    for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
      const el = elements[i];
      const api = el?.getAttribute(attribute)?.slice('value_'.length).toLowerCase() ?? '';
      const key = API_NAMES.get(api);
      if (!el || !key || raw[key] !== undefined) continue;
      const value = shownValue(el);
      if (value !== undefined) raw[key] = value;
    }
  }
  return raw;
}

/** The value element of a label: `value_<x>` for `label_<x>`, else the next element. */
function valueFor(doc: Document, label: Element): Element | null {
  for (const attribute of ['id', 'data-zcqa']) {
    const name = label.getAttribute(attribute);
    if (name?.startsWith('label_')) {
      const wanted = `value_${name.slice(6)}`;
      const value =
        attribute === 'id'
          ? doc.getElementById(wanted)
          : Array.from(label.parentElement?.children ?? []).find((el) => el.getAttribute('data-zcqa') === wanted);
      if (value) return value;
    }
  }
  return label.nextElementSibling;
}

function readLabels(doc: Document): RawRecord {
  const raw: RawRecord = {};
  const seen = new Set<Element>();
  for (const selector of ZOHO.labels) {
    const labels = doc.querySelectorAll(selector);
    for (let i = 0; i < labels.length && seen.size < MAX_ELEMENTS; i++) {
      const label = labels[i];
      if (!label || seen.has(label)) continue;
      seen.add(label);
      const key = keyForLabel(label.textContent);
      if (!key || raw[key] !== undefined) continue;
      const value = shownValue(valueFor(doc, label));
      if (value !== undefined) raw[key] = value;
    }
  }
  return raw;
}

/** "Jan Kowalski - Zoho CRM" / "Jan Kowalski | Zoho CRM" → "Jan Kowalski". */
function nameFromTitle(title: string): string | undefined {
  const clean = valueText(title) ?? '';
  const match = clean.match(/^(.+?)\s+[-|]\s+Zoho CRM$/i);
  return match?.[1];
}

export function extractZoho(doc: Document, ref: RecordRef, overrides: readonly Source[]): CrmCaptureResult {
  const nameKey = ref.entity === 'company' ? 'company' : 'name';
  const collected = collectRecord(
    [
      { strategy: `${ZOHO_PREFIX}api-name`, read: () => readApiNames(doc) },
      { strategy: `${ZOHO_PREFIX}labels`, read: () => readLabels(doc) },
      { strategy: `${ZOHO_PREFIX}title`, read: () => ({ [nameKey]: nameFromTitle(doc.title) }) },
    ],
    ref.entity,
    overrides,
  );
  const result = recordResult(ref, collected, () => []);
  return { ...result, diagnostics: result.diagnostics.map(zohoDiagnostic) };
}

/** Every Zoho diagnostic's strategy carries the best-effort prefix (not-found, override, failures too). */
export function zohoDiagnostic<T extends { strategy: string }>(diagnostic: T): T {
  return diagnostic.strategy.startsWith(ZOHO_PREFIX)
    ? diagnostic
    : { ...diagnostic, strategy: `${ZOHO_PREFIX}${diagnostic.strategy}` };
}
