import { z } from 'zod';
import type { LeadLensDB } from '../db/database';
import {
  ActivityRecordSchema,
  AnswerRecordSchema,
  CaptureRecordSchema,
  DismissedMatchRecordSchema,
  LeadRecordSchema,
  MergeRecordSchema,
  ModelRecordSchema,
  NoteRecordSchema,
  OutcomeRecordSchema,
  SettingRecordSchema,
} from '../db/records';
import { SCHEMA_VERSIONS } from '../db/schemaVersions';

export const BACKUP_FORMAT = 'leadlens-backup';
export const BACKUP_FORMAT_VERSION = 1;

const TablesSchema = z.object({
  leads: z.array(LeadRecordSchema),
  activities: z.array(ActivityRecordSchema),
  answers: z.array(AnswerRecordSchema),
  models: z.array(ModelRecordSchema),
  outcomes: z.array(OutcomeRecordSchema),
  captures: z.array(CaptureRecordSchema),
  notes: z.array(NoteRecordSchema),
  settings: z.array(SettingRecordSchema),
  // v4; absent in backups made before it.
  merges: z.array(MergeRecordSchema).default([]),
  dismissedMatches: z.array(DismissedMatchRecordSchema).default([]),
});
export type BackupTables = z.infer<typeof TablesSchema>;
export type TableName = keyof BackupTables;
const TABLE_NAMES = Object.keys(TablesSchema.shape) as TableName[];

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  tables: TablesSchema,
});
export type Backup = z.infer<typeof BackupSchema>;

/** The fields that must be unique per table: primary keys, and the unique dedupe index of activities. */
const UNIQUE: Record<TableName, readonly string[]> = {
  leads: ['id'],
  activities: ['id', 'dedupeKey'],
  answers: ['id'],
  models: ['id'],
  outcomes: ['id'],
  captures: ['id'],
  notes: ['id'],
  settings: ['key'],
  merges: ['id'],
  dismissedMatches: ['id'],
};

const LATEST_SCHEMA = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
const MAX_REPORTED = 50;

export interface BackupError {
  /** Where in the file, like "tables.leads[12].stage"; empty for the file as a whole. */
  path: string;
  message: string;
}

export type RestoreResult = { ok: true; counts: Record<TableName, number> } | { ok: false; errors: BackupError[] };

/** Every table, read in one transaction so the backup is one consistent moment. */
export async function createBackup(db: LeadLensDB, now: Date): Promise<Backup> {
  return db.transaction('r', TABLE_NAMES, async () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: LATEST_SCHEMA,
    createdAt: now.toISOString(),
    tables: {
      leads: await db.leads.toArray(),
      activities: await db.activities.toArray(),
      answers: await db.answers.toArray(),
      models: await db.models.toArray(),
      outcomes: await db.outcomes.toArray(),
      captures: await db.captures.toArray(),
      notes: await db.notes.toArray(),
      settings: await db.settings.toArray(),
      merges: await db.merges.toArray(),
      dismissedMatches: await db.dismissedMatches.toArray(),
    },
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

function duplicates(tables: BackupTables): BackupError[] {
  const errors: BackupError[] = [];
  for (const table of TABLE_NAMES) {
    for (const field of UNIQUE[table]) {
      const firstAt = new Map<unknown, number>();
      (tables[table] as readonly Record<string, unknown>[]).forEach((record, i) => {
        const value = record[field];
        if (value === undefined) return;
        const first = firstAt.get(value);
        if (first === undefined) firstAt.set(value, i);
        else
          errors.push({
            path: `tables.${table}[${i}].${field}`,
            message: `duplicate ${field} ${JSON.stringify(value)} (also tables.${table}[${first}])`,
          });
      });
    }
  }
  return errors;
}

function capped(errors: BackupError[]): BackupError[] {
  if (errors.length <= MAX_REPORTED) return errors;
  return [...errors.slice(0, MAX_REPORTED), { path: '', message: `and ${errors.length - MAX_REPORTED} more problems` }];
}

/** Checks a backup file completely; the parsed backup, or every problem with its path. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; errors: BackupError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `not valid JSON (is the file cut short?): ${detail}` }] };
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number() }).safeParse(json);
  if (!head.success) return { ok: false, errors: [{ path: 'format', message: 'not a LeadLens backup file' }] };
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [{ path: 'formatVersion', message: 'made by a newer LeadLens: update LeadLens to restore it' }],
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))),
    };
  }
  if (parsed.data.schemaVersion > LATEST_SCHEMA) {
    return {
      ok: false,
      errors: [{ path: 'schemaVersion', message: 'made by a newer LeadLens: update LeadLens to restore it' }],
    };
  }
  const dupes = duplicates(parsed.data.tables);
  return dupes.length > 0 ? { ok: false, errors: capped(dupes) } : { ok: true, backup: parsed.data };
}

/**
 * Replaces everything with a backup. The whole file is checked first (parseBackup); then every
 * table is cleared and refilled in ONE transaction. A file with any problem, or a write that
 * fails halfway, changes nothing.
 */
export async function restoreBackup(db: LeadLensDB, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { tables } = parsed.backup;
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tables[name]);
    }
  });
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length]));
  return { ok: true, counts: counts as Record<TableName, number> };
}
