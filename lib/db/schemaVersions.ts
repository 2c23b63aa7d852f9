import type { Transaction } from 'dexie';
import { emailIdentityKey } from '../leads/emailKey';
import { leadSearchWords, type SearchableFields } from '../leads/searchWords';

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
  {
    // v3: the dashboard's leads table filters by grade, source and country through indexes
    // (lib/db/leadsTable). Only new indexes on existing fields: IndexedDB fills them, no upgrade.
    version: 3,
    stores: {
      leads:
        'id, *identityKeys, stage, createdAt, updatedAt, lastActivityAt, score.total, company, name, *tags, score.grade, *sources, country',
    },
  },
  {
    // v4 (identity and merge, lib/leads): merges that can be undone, "not the same person" answers.
    // E-mail keys follow the new policy (plus tags dropped, Gmail dots, no shared role inboxes).
    version: 4,
    stores: { merges: 'id, keptId, removedId, at', dismissedMatches: 'id, *leadIds' },
    upgrade: (tx) => rekeyEmails(tx),
  },
  {
    // v5: a multi-entry word index, so a text search (dashboard table, side panel) reads index
    // ranges instead of every lead. The words are written on every lead here and, from then on,
    // by lib/db/searchWordsMiddleware.ts on every write.
    version: 5,
    stores: {
      leads:
        'id, *identityKeys, stage, createdAt, updatedAt, lastActivityAt, score.total, company, name, *tags, score.grade, *sources, country, *searchWords',
    },
    upgrade: (tx) => addSearchWords(tx),
  },
  {
    // v6: each stage's and grade's leads by score, for the first rows of the leads table sorted by
    // stage or grade (lib/db/leadsFirstRows). Only new indexes on existing fields: no upgrade.
    version: 6,
    stores: {
      leads:
        'id, *identityKeys, stage, createdAt, updatedAt, lastActivityAt, score.total, company, name, *tags, score.grade, *sources, country, *searchWords, [stage+score.total], [score.grade+score.total]',
    },
  },
];

/** Leads read and rewritten per step of the v5 upgrade: bulk reads and writes, not a cursor per lead. */
const UPGRADE_CHUNK = 2_000;

/** Writes every lead's searchWords (v5), a chunk of leads at a time in key order. */
async function addSearchWords(tx: Transaction): Promise<void> {
  const leads = tx.table('leads');
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? leads.toCollection() : leads.where(':id').above(after);
    const chunk: (SearchableFields & { id: string })[] = await range.limit(UPGRADE_CHUNK).toArray();
    await leads.bulkPut(chunk.map((lead) => ({ ...lead, searchWords: leadSearchWords(lead) })));
    if (chunk.length < UPGRADE_CHUNK) return;
    after = chunk[chunk.length - 1]?.id;
  }
}

/** Rewrites stored "email:" identity keys with today's emailIdentityKey; other keys stay as they are. */
async function rekeyEmails(tx: Transaction): Promise<void> {
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: { identityKeys: string[] }) => {
      const keys = lead.identityKeys.flatMap((key) => {
        if (!key.startsWith('email:')) return [key];
        const rekeyed = emailIdentityKey(key.slice('email:'.length));
        return rekeyed ? [rekeyed] : [];
      });
      lead.identityKeys = [...new Set(keys)];
    });
}
