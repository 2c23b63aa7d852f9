import type { LeadLensDB } from '../db/database';
import type { AnswerRecord, LeadRecord } from '../db/records';
import { type ColumnMapping, detectColumns, type Preset } from './columnMapping';
import { type ExportFormat, exportLeadsCsv } from './csvExport';
import { parseLeadsCsv, readCsvSample, type SampleRow } from './csvImport';
import type { RowError } from './csvRows';
import { importLeads } from './importLeads';

/** How many data rows the import preview shows. */
export const PREVIEW_ROWS = 5;

export type CsvInspection =
  | { ok: true; headers: string[]; preset: Preset | null; mapping: ColumnMapping; sample: SampleRow[] }
  | { ok: false; errors: RowError[] };

/**
 * The first look at a chosen CSV file, before anything is imported: its columns, the CRM preset
 * they match and the mapping detected from them (the user may change it), and the first rows.
 */
export async function inspectCsvFile(file: Blob): Promise<CsvInspection> {
  const sample = await readCsvSample(file, PREVIEW_ROWS);
  if (!sample.ok) return sample;
  const { preset, mapping } = detectColumns(sample.headers);
  return { ok: true, headers: sample.headers, preset, mapping, sample: sample.rows };
}

export type CsvImportResult =
  | { ok: true; created: number; updated: number; merged: number }
  | { ok: false; errors: RowError[] };

/**
 * A CSV file into the database through the column mapping the user confirmed: every bad row
 * reported with its line, nothing imported unless all rows are good. Progress: the first half is
 * reading the file, the second writing the leads (chunk by chunk, in one transaction).
 */
export async function importCsvFile(
  db: LeadLensDB,
  file: Blob,
  mapping: ColumnMapping,
  now: Date,
  onProgress: (fraction: number) => void,
): Promise<CsvImportResult> {
  const parsed = await parseLeadsCsv(file, mapping, { onProgress: (p) => onProgress(p.fraction / 2) });
  if (!parsed.ok) return parsed;
  const saved = await importLeads(db, parsed.rows, now, {
    onProgress: (p) => onProgress(0.5 + p.done / Math.max(1, p.total) / 2),
  });
  return { ok: true, ...saved, merged: parsed.merged.length };
}

/**
 * Which leads to export: all of them by default, or those with the given ids (in that order), or
 * those a filter keeps (the leads table passes its current filter); both narrow when given.
 */
export interface ExportSelection {
  leadIds?: readonly string[];
  where?: (lead: LeadRecord) => boolean;
}

/** Leads as a CSV in a CRM's import format, with score, grade, stage and checklist answers. */
export async function exportCsvFile(
  db: LeadLensDB,
  format: ExportFormat,
  selection: ExportSelection = {},
): Promise<string> {
  const { leadIds, where } = selection;
  return db.transaction('r', db.leads, db.answers, async () => {
    const stored = leadIds
      ? (await db.leads.bulkGet([...leadIds])).filter((lead): lead is LeadRecord => lead !== undefined)
      : await db.leads.toArray();
    const leads = where ? stored.filter(where) : stored;
    // All answers in one read for the whole table; per lead (leadId index) for a list of ids.
    const answers = leadIds
      ? (await Promise.all(leads.map((lead) => db.answers.where('leadId').equals(lead.id).toArray()))).flat()
      : await db.answers.toArray();
    const byLead = new Map<string, AnswerRecord[]>();
    for (const a of answers) byLead.set(a.leadId, [...(byLead.get(a.leadId) ?? []), a]);
    return exportLeadsCsv(leads, byLead, format);
  });
}
