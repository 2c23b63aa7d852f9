import { toCountryCode } from './country';
import { cleanText, parseCount } from './sanitize';
import type { CapturedFields, Diagnostic, FieldName } from './types';

export type RawFields = { [K in FieldName]?: unknown };

/** One way of reading some fields (JSON-LD, embedded JSON, a selector family, ...). */
export interface Source {
  /** Recorded in the diagnostics for every field this source provides. */
  strategy: string;
  /** The fields it can provide; it is skipped once all of them are found. */
  fields: readonly FieldName[];
  /** Raw values (sanitized by the collector). May throw: that is recorded, not propagated. */
  read: (found: Readonly<CapturedFields>) => RawFields;
  /** Strategy recorded when `read` throws (default `<strategy>-failed`). */
  failure?: string;
}

interface Collected {
  fields: CapturedFields;
  diagnostics: Diagnostic[];
}

export const MAX_DIAGNOSTICS = 200;

/** A raw value made safe for its field, or undefined when it is unusable. */
function coerce(field: FieldName, raw: unknown): string | number | undefined {
  switch (field) {
    case 'companySize':
    case 'followers':
      return parseCount(raw);
    case 'country':
      return toCountryCode(cleanText(raw));
    default:
      return cleanText(raw);
  }
}

/**
 * Runs the sources in order (most stable first); each field keeps the first value found and
 * records which strategy found it. Fields in `wanted` that no source found are recorded as
 * 'not-found'.
 */
export function collect(sources: readonly Source[], wanted: readonly FieldName[]): Collected {
  const fields: Record<string, string | number> = {};
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    if (source.fields.every((field) => fields[field] !== undefined)) continue;
    let raw: RawFields;
    try {
      raw = source.read(fields as CapturedFields);
    } catch {
      const field = source.fields.length === 1 ? (source.fields[0] as string) : '*';
      diagnostics.push({ field, strategy: source.failure ?? `${source.strategy}-failed` });
      continue;
    }
    for (const field of source.fields) {
      if (fields[field] !== undefined) continue;
      const value = coerce(field, raw[field]);
      if (value === undefined) continue;
      fields[field] = value;
      diagnostics.push({ field, strategy: source.strategy });
    }
  }
  for (const field of wanted) {
    if (fields[field] === undefined) diagnostics.push({ field, strategy: 'not-found' });
  }
  return { fields: fields as CapturedFields, diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS) };
}
