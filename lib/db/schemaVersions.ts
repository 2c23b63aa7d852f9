import type { Transaction } from 'dexie';

/**
 * Every released schema version, oldest first. Released entries are never edited:
 * add a new entry with an `upgrade` and a migration test (test/unit/migrations.test.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      leads: 'id, *identityKeys, stage, createdAt, updatedAt, lastActivityAt, score.total, company, name, *tags',
      activities: 'id, leadId, &dedupeKey, type, at, [leadId+at]',
      answers: 'id, leadId, [leadId+framework]',
      models: 'id, version, active',
      outcomes: 'id, leadId, outcome, at',
      captures: '++id, leadId, site, at',
      settings: 'key',
    },
  },
  {
    // v2: call notes (typed during a call, kept while it runs, logged when it ends).
    version: 2,
    stores: { notes: 'id, leadId, updatedAt' },
  },
];
