import type { LeadLensDB } from '../db/database';
import type { AnswerRecord } from '../db/records';
import { detectColumns } from './columnMapping';
import { type ExportFormat, exportLeadsCsv } from './csvExport';
import { parseLeadsCsv, readCsvHeaders } from './csvImport';
import type { RowError } from './csvRows';
import { importLeads } from './importLeads';

export type CsvImportResult =
  | { ok: true; created: number; updated: number; merged: number; preset: string | null }
  | { ok: false; errors: RowError[] };

/**
 * A CSV file from the dashboard into the database: columns recognized from HubSpot, Salesforce or
 * Pipedrive headers, every bad row reported with its line, nothing imported unless all rows are good.
 */
export async function importCsvFile(
  db: LeadLensDB,
  file: Blob,
  now: Date,
  onProgress: (fraction: number) => void,
): Promise<CsvImportResult> {
  const headers = await readCsvHeaders(file);
  if (!headers.ok) return headers;
  const { preset, mapping } = detectColumns(headers.headers);
  if (!mapping.some((field) => field === 'name' || field === 'firstName' || field === 'email')) {
    return { ok: false, errors: [{ line: headers.line, message: 'no name or email column was recognized' }] };
  }
  const parsed = await parseLeadsCsv(file, mapping, { onProgress: (p) => onProgress(p.fraction / 2) });
  if (!parsed.ok) return parsed;
  const saved = await importLeads(db, parsed.rows, now, {
    onProgress: (p) => onProgress(0.5 + p.done / Math.max(1, p.total) / 2),
  });
  return { ok: true, ...saved, merged: parsed.merged.length, preset };
}

/** All leads as a CSV in a CRM's import format, with score, grade, stage and checklist answers. */
export async function exportCsvFile(db: LeadLensDB, format: ExportFormat): Promise<string> {
  return db.transaction('r', db.leads, db.answers, async () => {
    const [leads, answers] = await Promise.all([db.leads.toArray(), db.answers.toArray()]);
    const byLead = new Map<string, AnswerRecord[]>();
    for (const a of answers) byLead.set(a.leadId, [...(byLead.get(a.leadId) ?? []), a]);
    return exportLeadsCsv(leads, byLead, format);
  });
}
