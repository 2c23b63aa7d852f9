import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { modelOf } from '../db/models';
import type { ModelRecord } from '../db/records';
import { RESCORE_CURSOR_KEY } from '../db/rescore';
import type { ScoringModel } from '../scoring';

export interface ModelVersion {
  record: ModelRecord;
  /** Null when the stored JSON no longer validates (shown, never activated). */
  model: ScoringModel | null;
}

/** Every stored model version, newest first, live. */
export function useModelVersions(): ModelVersion[] | undefined {
  return useLiveQuery(async () => {
    const records = await getDatabase().models.orderBy('version').reverse().toArray();
    return records.map((record) => ({ record, model: modelOf(record) }));
  });
}

/** How far a running rescore has got, or null when none is running. */
export function useRescoreProgress(): { done: number; total: number } | null | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const cursor = (await db.settings.get(RESCORE_CURSOR_KEY))?.value as { done: number } | undefined;
    return cursor ? { done: cursor.done, total: await db.leads.count() } : null;
  });
}
