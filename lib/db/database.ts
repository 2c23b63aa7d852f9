import Dexie, { type EntityTable } from 'dexie';
import type {
  ActivityRecord,
  AnswerRecord,
  CaptureRecord,
  DismissedMatchRecord,
  LeadRecord,
  MergeRecord,
  ModelRecord,
  NoteRecord,
  OutcomeRecord,
  SettingRecord,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schemaVersions';
import { searchWordsMiddleware } from './searchWordsMiddleware';

export const DB_NAME = 'leadlens';
/** The schema version that added leads' searchWords index. */
const SEARCH_WORDS_VERSION = 5;

export type LeadLensDB = Dexie & {
  leads: EntityTable<LeadRecord, 'id'>;
  activities: EntityTable<ActivityRecord, 'id'>;
  answers: EntityTable<AnswerRecord, 'id'>;
  models: EntityTable<ModelRecord, 'id'>;
  outcomes: EntityTable<OutcomeRecord, 'id'>;
  captures: EntityTable<CaptureRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
  merges: EntityTable<MergeRecord, 'id'>;
  dismissedMatches: EntityTable<DismissedMatchRecord, 'id'>;
};

/**
 * Opens the LeadLens database with the schema versions up to `uptoVersion`
 * (all of them by default; tests pass a lower one to build an old database).
 */
export function openDatabase(name = DB_NAME, uptoVersion = Number.POSITIVE_INFINITY): LeadLensDB {
  const db = new Dexie(name) as LeadLensDB;
  const versions: SchemaVersion[] = SCHEMA_VERSIONS.filter((v) => v.version <= uptoVersion);
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  // The word index exists from v5; an older schema (a migration test building it) keeps old records as they were.
  if (versions.some((v) => v.version >= SEARCH_WORDS_VERSION)) db.use(searchWordsMiddleware);
  return db;
}

let shared: LeadLensDB | undefined;

/** The one database of the extension origin, opened lazily. */
export function getDatabase(): LeadLensDB {
  shared ??= openDatabase();
  return shared;
}
