import { collect, MAX_DIAGNOSTICS, type RawFields, type Source } from '../collect';
import { readActivities } from '../extraction';
import type { CapturedActivity, CapturedFields, Diagnostic, FieldName } from '../types';
import type { RecordKey } from './labels';
import type { CrmCaptureResult, CrmObjectType, CrmRecord, CrmSite, CrmValueKey } from './types';
import { CRM_VALUE_KEYS } from './types';
import { emailOf, isEmail, phoneOf, valueText, websiteOf } from './values';

/** Raw values one strategy read from a record page, by what they are. */
export type RawRecord = Partial<Record<RecordKey, unknown>>;

/** One way of reading a record (property attributes, API names, labels, ...), most stable first. */
export interface RecordStrategy {
  /** Recorded in the diagnostics for every value it provides. */
  strategy: string;
  /** May throw: that is recorded as `<strategy>-failed`, not propagated. */
  read: () => RawRecord;
}

/** The record a URL points at. */
export interface RecordRef {
  site: CrmSite;
  recordId: string;
  objectType: CrmObjectType;
  entity: 'person' | 'company';
}

const PERSON_FIELDS: readonly FieldName[] = [
  'name',
  'title',
  'company',
  'email',
  'phone',
  'website',
  'industry',
  'companySize',
];
const COMPANY_FIELDS: readonly FieldName[] = ['company', 'phone', 'website', 'industry', 'companySize'];
/** Fields recorded as not-found when no strategy finds them. */
const WANTED: Record<RecordRef['entity'], readonly FieldName[]> = {
  person: ['name', 'title', 'company', 'email', 'phone'],
  company: ['company', 'industry', 'companySize', 'website'],
};

/** Salutations CRMs put before a person's name ("Ms. Anna Berg", "Dhr. Jan de Vries", "Frau Dr. Lena Roth"). */
const SALUTATION =
  /^(?:(?:mr|mrs|ms|mx|dr|prof|dhr|mevr|herr|frau|pan|pani|dl|dna|d-na|doamna|domnul)\.?\s+)+(?=\S+\s+\S)/i;

/** A person's name without salutation; an e-mail address shown in its place (HubSpot does) is no name. */
function personName(raw: unknown): string | undefined {
  const text = valueText(raw);
  if (!text || isEmail(text)) return undefined;
  return text.replace(SALUTATION, '') || undefined;
}

function joinName(first: unknown, last: unknown): string | undefined {
  const parts = [valueText(first), valueText(last)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The capture fields in a strategy's raw values; a company record's name is its `company`. */
function toFields(raw: RawRecord, entity: RecordRef['entity']): RawFields {
  const common: RawFields = {
    phone: phoneOf(raw.phone) ?? phoneOf(raw.mobile),
    website: websiteOf(raw.website),
    industry: valueText(raw.industry),
    companySize: typeof raw.companySize === 'number' ? raw.companySize : valueText(raw.companySize),
  };
  if (entity === 'company') return { ...common, company: valueText(raw.company) ?? valueText(raw.name) };
  return {
    ...common,
    name: personName(raw.name) ?? joinName(raw.firstName, raw.lastName),
    title: valueText(raw.title),
    company: valueText(raw.company),
    email: emailOf(raw.email),
  };
}

/** Runs `read` once; later calls return the same values or throw the same error. */
function once(read: () => RawRecord): () => RawRecord {
  let state: { raw: RawRecord } | { error: unknown } | undefined;
  return () => {
    if (!state) {
      try {
        state = { raw: read() };
      } catch (error) {
        state = { error };
      }
    }
    if ('error' in state) throw state.error;
    return state.raw;
  };
}

export interface CollectedRecord {
  fields: CapturedFields;
  values: Partial<Record<CrmValueKey, string>>;
  diagnostics: Diagnostic[];
}

/**
 * Runs the strategies in order; each field and CRM value keeps the first value found, recorded
 * as `{ field, strategy }` (CRM values as `crm.<key>`). `overrides` (user selectors) go first.
 */
export function collectRecord(
  strategies: readonly RecordStrategy[],
  entity: RecordRef['entity'],
  overrides: readonly Source[] = [],
): CollectedRecord {
  const readers = strategies.map((s) => ({ strategy: s.strategy, read: once(s.read) }));
  const fieldNames = entity === 'company' ? COMPANY_FIELDS : PERSON_FIELDS;
  const sources: Source[] = [
    ...overrides,
    ...readers.map((r) => ({ strategy: r.strategy, fields: fieldNames, read: () => toFields(r.read(), entity) })),
  ];
  const { fields, diagnostics } = collect(sources, WANTED[entity]);
  const values: Partial<Record<CrmValueKey, string>> = {};
  for (const reader of readers) {
    if (CRM_VALUE_KEYS.every((key) => values[key] !== undefined)) break;
    let raw: RawRecord;
    try {
      raw = reader.read();
    } catch {
      continue; // already recorded as <strategy>-failed by collect
    }
    for (const key of CRM_VALUE_KEYS) {
      if (values[key] !== undefined) continue;
      const value = valueText(raw[key]);
      if (value === undefined) continue;
      values[key] = value;
      diagnostics.push({ field: `crm.${key}`, strategy: reader.strategy });
    }
  }
  return { fields, values, diagnostics };
}

/** A capture of a CRM page that is not a record (list views, dashboards, settings). */
export function unsupported(site: CrmSite, diagnostics: Diagnostic[] = []): CrmCaptureResult {
  return { kind: 'unsupported', site, fields: {}, activities: [], diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS) };
}

/** The result for a record page; `readTimeline` runs in its own try/catch. */
export function recordResult(
  ref: RecordRef,
  collected: CollectedRecord,
  readTimeline: () => CapturedActivity[],
): CrmCaptureResult {
  const diagnostics = [...collected.diagnostics];
  const activities = readActivities(diagnostics, readTimeline);
  const crm: CrmRecord = {
    recordId: ref.recordId,
    objectType: ref.objectType,
    entity: ref.entity,
    ...collected.values,
  };
  return {
    kind: 'record',
    site: ref.site,
    fields: collected.fields,
    activities,
    diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS),
    crm,
  };
}
