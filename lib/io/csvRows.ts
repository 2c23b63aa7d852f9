import { z } from 'zod';
import { withoutInvisible } from '../capture/sanitize';
import { MAX_FIELD_LENGTH } from '../capture/types';
import { STAGES, type StageName } from '../db/records';
import { identityKeysFor, linkedInProfileKey } from '../leads/identity';
import type { ColumnMapping, LeadField } from './columnMapping';
import { countryCode } from './countries';

/** The lead fields a CSV row fills (all optional; absent rather than empty). */
export interface ImportedFields {
  name?: string;
  email?: string;
  title?: string;
  company?: string;
  phone?: string;
  location?: string;
  country?: string;
  companySize?: number;
  companySizeBand?: string;
  industry?: string;
  website?: string;
  linkedinUrl?: string;
}

export interface ParsedLead {
  /** The physical line the row starts on (header = line 1); the first row's line when rows were merged. */
  line: number;
  fields: ImportedFields;
  stage?: StageName;
}

export interface RowError {
  line: number;
  /** The header of the column at fault; absent when the row as a whole is wrong. */
  column?: string;
  message: string;
}

/**
 * CRM stage names (HubSpot labels and internal values, common words), normalized, to LeadLens
 * stages; null for HubSpot's "Other", which says nothing (the lead keeps or starts at its stage).
 */
const STAGE_WORDS: Record<string, StageName | null> = {
  ...Object.fromEntries(STAGES.map((s) => [s, s])),
  subscriber: 'lead',
  new: 'lead',
  marketingqualifiedlead: 'mql',
  salesqualifiedlead: 'sql',
  won: 'customer',
  closedwon: 'customer',
  evangelist: 'customer',
  closedlost: 'lost',
  unqualified: 'disqualified',
  other: null,
};

// Built once: building a zod schema per cell made email checks most of a 100,000-row import's time.
const EMAIL = z.email();
const isEmail = (value: string) => EMAIL.safeParse(value).success;

/**
 * A leading apostrophe is how exports neutralize formulas (csvExport); it is not part of the value.
 * One comes off: "''=1" is the value "'=1".
 */
function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** More than any employer has: a bigger number is a typo or another column. */
const MAX_EMPLOYEES = 10_000_000;

/** "250", "1,200", "1.200", "1 200"; a band "51-200" or "10000+" gives its lower bound. */
function employees(text: string): Pick<ImportedFields, 'companySize' | 'companySizeBand'> | undefined {
  const band = /^(\d+)\s*(?:[-–]\s*\d+|\+)$/.exec(text);
  const size = /^\d{1,3}(?:[,.' \u00a0]\d{3})+$|^\d+$/.test(text) ? Number(text.replace(/\D/g, '')) : Number(band?.[1]);
  if (!(size <= MAX_EMPLOYEES)) return undefined;
  return band ? { companySize: size, companySizeBand: text } : { companySize: size };
}

type Cell = { ok: true; value: Partial<ImportedFields> & { first?: string; last?: string; stage?: StageName } };
type CellResult = Cell | { ok: false; message: string };

const take = (value: Cell['value']): Cell => ({ ok: true, value });

/** A value quoted for a message, cut short. */
const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

function readCell(field: LeadField, text: string): CellResult {
  switch (field) {
    case 'firstName':
      return take({ first: text });
    case 'lastName':
      return take({ last: text });
    case 'email':
      return isEmail(text)
        ? take({ email: text.toLowerCase() })
        : { ok: false, message: `${quote(text)} is not an email address` };
    case 'country': {
      const country = countryCode(text);
      return country
        ? take({ country })
        : { ok: false, message: `unknown country ${quote(text)}: use an ISO code like NL or a name like Netherlands` };
    }
    case 'companySize': {
      const size = employees(text);
      return size ? take(size) : { ok: false, message: `${quote(text)} is not a number of employees` };
    }
    case 'linkedinUrl':
      return linkedInProfileKey(text)
        ? take({ linkedinUrl: text })
        : { ok: false, message: `${quote(text)} is not a LinkedIn profile URL (linkedin.com/in/...)` };
    case 'stage': {
      const word = text.toLowerCase().replace(/[^a-z]/g, '');
      // Own entries only: "constructor" is no stage.
      const stage = Object.hasOwn(STAGE_WORDS, word) ? STAGE_WORDS[word] : undefined;
      if (stage === undefined)
        return { ok: false, message: `unknown stage ${quote(text)}: use one of ${STAGES.join(', ')}` };
      return take(stage ? { stage } : {});
    }
    default:
      return take({ [field]: text });
  }
}

/** Reads one data row through the mapping: a lead, or every problem in the row. */
export function readRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  line: number,
): { lead: ParsedLead } | { errors: RowError[] } {
  const errors: RowError[] = [];
  // Empty cells past the header's last column are a trailing delimiter, not data.
  if (cells.length < headers.length || cells.slice(headers.length).some((c) => c.trim() !== '')) {
    errors.push({ line, message: `the row has ${cells.length} cells, the header has ${headers.length}` });
  }
  const found: Cell['value'] = {};
  mapping.forEach((field, i) => {
    // The export's apostrophe off first (it may hide a tab or line break), then cleaned as captured
    // text is (no control or bidi-override characters) and trimmed.
    const text = withoutInvisible(unescapeFormula((cells[i] ?? '').trim())).trim();
    if (field === null || text === '') return;
    const column = headers[i];
    if (text.length > MAX_FIELD_LENGTH) {
      errors.push({ line, column, message: `longer than ${MAX_FIELD_LENGTH} characters (${text.length})` });
      return;
    }
    const cell = readCell(field, text);
    if (cell.ok) Object.assign(found, cell.value);
    else errors.push({ line, column, message: cell.message });
  });
  const { first, last, stage, ...fields } = found;
  const name = fields.name ?? ([first, last].filter(Boolean).join(' ') || undefined);
  if (name && name.length > MAX_FIELD_LENGTH) {
    errors.push({ line, message: `first and last name together are longer than ${MAX_FIELD_LENGTH} characters` });
  } else if (name) fields.name = name;
  if (!fields.name && !fields.email && errors.length === 0) {
    errors.push({ line, message: 'a lead needs a name or an email address' });
  }
  if (errors.length > 0) return { errors };
  return { lead: stage ? { line, fields, stage } : { line, fields } };
}

/**
 * Rows about the same person (a shared email or LinkedIn profile, directly or through another
 * row) become one lead: later rows fill in and override earlier values, as a newer capture does.
 * Rows with neither key are never merged.
 */
export function mergeDuplicates(rows: readonly ParsedLead[]): {
  rows: ParsedLead[];
  merged: { line: number; into: number }[];
} {
  const groups: (ParsedLead | null)[] = [];
  const groupOfKey = new Map<string, number>();
  const merged: { line: number; into: number }[] = [];
  for (const row of rows) {
    const keys = identityKeysFor(row.fields, '');
    const hits = [...new Set(keys.flatMap((k) => groupOfKey.get(k) ?? []))].sort((a, b) => a - b);
    const [target, ...others] = hits;
    if (target === undefined) {
      for (const k of keys) groupOfKey.set(k, groups.length);
      groups.push(row);
      continue;
    }
    let lead = groups[target] as ParsedLead;
    for (const other of others) {
      const absorbed = groups[other] as ParsedLead;
      lead = combine(lead, absorbed);
      groups[other] = null;
      merged.push({ line: absorbed.line, into: lead.line });
      for (const [k, g] of groupOfKey) if (g === other) groupOfKey.set(k, target);
    }
    groups[target] = combine(lead, row);
    for (const k of keys) groupOfKey.set(k, target);
    merged.push({ line: row.line, into: lead.line });
  }
  return { rows: groups.filter((g): g is ParsedLead => g !== null), merged };
}

/** Newer values over older ones; a new size without a band drops the old band, which would contradict it. */
export function overlay<T extends ImportedFields>(older: T, newer: ImportedFields): T {
  const merged = { ...older, ...newer };
  if (newer.companySize !== undefined && newer.companySizeBand === undefined) delete merged.companySizeBand;
  return merged;
}

function combine(earlier: ParsedLead, later: ParsedLead): ParsedLead {
  const stage = later.stage ?? earlier.stage;
  const fields = overlay(earlier.fields, later.fields);
  return stage ? { line: earlier.line, fields, stage } : { line: earlier.line, fields };
}
