import type { LeadLensDB } from '../db/database';
import { applyScore } from '../db/leadScore';
import { ensureActiveModel } from '../db/models';
import type { ActivityRecord, LeadRecord } from '../db/records';
import { identityKeysFor } from '../leads/identity';
import { scoreLead } from '../scoring';
import { overlay, type ParsedLead } from './csvRows';

export const IMPORT_SOURCE = 'import';

export interface ImportProgress {
  done: number;
  total: number;
}

/** Rows that created a lead, and rows that updated one already stored. */
export interface ImportSummary {
  created: number;
  updated: number;
}

/**
 * Imported values replace stored ones; fields the row leaves empty are kept. An imported stage is
 * where the lead starts (recorded with cause 'import'); lead, MQL and disqualified then follow the
 * score as for every lead.
 */
function mergeRow(
  existing: LeadRecord | undefined,
  row: ParsedLead,
  keys: string[],
  at: number,
  newId: () => string,
): LeadRecord {
  if (!existing) {
    const stage = row.stage ?? 'lead';
    return {
      ...row.fields,
      id: newId(),
      identityKeys: keys,
      sources: [IMPORT_SOURCE],
      stage,
      stageManual: false,
      stageHistory: [{ at, from: null, to: stage, cause: 'import' }],
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
  }
  const moved = row.stage !== undefined && row.stage !== existing.stage;
  return {
    ...overlay(existing, row.fields),
    identityKeys: [...new Set([...existing.identityKeys, ...keys])],
    sources: [...new Set([...existing.sources, IMPORT_SOURCE])],
    stage: row.stage ?? existing.stage,
    stageHistory:
      moved && row.stage
        ? [...existing.stageHistory, { at, from: existing.stage, to: row.stage, cause: 'import' }]
        : existing.stageHistory,
    updatedAt: at,
  };
}

/** The stored leads matching any of these keys, which lead each key belongs to, and their activities. */
async function storedMatches(db: LeadLensDB, keysOf: readonly string[][]) {
  // One equality read per key and per lead, not anyOf: as fast in browsers, and anyOf's cursor
  // jumps are quadratic in fake-indexeddb (tests, benchmarks).
  const keys = [...new Set(keysOf.flat())];
  const found = await Promise.all(keys.map((key) => db.leads.where('identityKeys').equals(key).first()));
  const byId = new Map(found.flatMap((lead) => (lead ? [[lead.id, lead] as const] : [])));
  const idByKey = new Map<string, string>();
  for (const lead of byId.values())
    for (const key of lead.identityKeys) if (!idByKey.has(key)) idByKey.set(key, lead.id);
  const activitiesOf = new Map(
    await Promise.all(
      [...byId.keys()].map(async (id) => [id, await db.activities.where('leadId').equals(id).toArray()] as const),
    ),
  );
  return { byId, idByKey, activitiesOf };
}

/**
 * Creates or updates a lead per parsed row, matched to stored leads by identity key (LinkedIn
 * profile, email), and scores each with the active model. All of it happens in ONE transaction,
 * written chunk by chunk (progress after each chunk): an error anywhere, even in the last chunk,
 * leaves the database as it was. Reads inside the transaction see its earlier chunks, so rows
 * about the same person in different chunks still meet.
 */
export async function importLeads(
  db: LeadLensDB,
  rows: readonly ParsedLead[],
  now: Date,
  options: { chunkSize?: number; onProgress?: (progress: ImportProgress) => void; newId?: () => string } = {},
): Promise<ImportSummary> {
  const { chunkSize = 1000, onProgress, newId = () => crypto.randomUUID() } = options;
  const at = now.getTime();
  return db.transaction('rw', [db.leads, db.activities, db.models], async () => {
    const model = await ensureActiveModel(db, at);
    const summary: ImportSummary = { created: 0, updated: 0 };
    // Into an empty database (a first import) a row can only match an earlier row of this import:
    // those are kept here across chunks instead of looked up, which saves a request per key per row.
    const empty = (await db.leads.limit(1).primaryKeys()).length === 0;
    // New leads have no activities yet.
    const imported = {
      byId: new Map<string, LeadRecord>(),
      idByKey: new Map<string, string>(),
      activitiesOf: new Map<string, ActivityRecord[]>(),
    };
    for (let start = 0; start < rows.length; start += chunkSize) {
      const chunk = rows.slice(start, start + chunkSize);
      const keysOf = chunk.map((row) => identityKeysFor(row.fields, ''));
      const { byId, idByKey, activitiesOf } = empty ? imported : await storedMatches(db, keysOf);

      const touched = new Map<string, LeadRecord>();
      chunk.forEach((row, i) => {
        const keys = keysOf[i] ?? [];
        // Keys come most specific first (LinkedIn, then email): the first match wins.
        const matchId = keys.map((key) => idByKey.get(key)).find((id) => id !== undefined);
        const existing = matchId === undefined ? undefined : byId.get(matchId);
        const merged = mergeRow(existing, row, keys, at, newId);
        const result = scoreLead(merged, activitiesOf.get(merged.id) ?? [], model.model, now);
        const scored = applyScore(merged, result, model.id, at, 'score');
        byId.set(scored.id, scored);
        touched.set(scored.id, scored);
        for (const key of scored.identityKeys) idByKey.set(key, scored.id);
        if (existing) summary.updated += 1;
        else summary.created += 1;
      });
      await db.leads.bulkPut([...touched.values()]);
      onProgress?.({ done: Math.min(start + chunkSize, rows.length), total: rows.length });
    }
    return summary;
  });
}
