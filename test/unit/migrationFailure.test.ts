import Dexie from 'dexie';
import { openDatabase } from '@/lib/db/database';
import { openOrExplain } from '@/lib/db/openProblem';
import { SCHEMA_VERSIONS } from '@/lib/db/schemaVersions';
import { storedLead } from './leadFixtures';

/**
 * A schema upgrade that fails must leave the old data exactly as it was: IndexedDB runs the upgrade
 * in its versionchange transaction and aborts all of it. And a page that cannot open the database
 * must learn why (lib/db/openProblem), to show it instead of a blank page.
 */
const LATEST = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
const at = Date.UTC(2026, 10, 20);

async function seedReleased(name: string) {
  const db = openDatabase(name);
  await db.open();
  await db.leads.bulkAdd(
    Array.from({ length: 200 }, (_, i) =>
      storedLead({ id: `lead-${String(i).padStart(3, '0')}`, identityKeys: [`email:p${i}@example.com`] }),
    ),
  );
  await db.activities.bulkAdd(
    Array.from({ length: 400 }, (_, i) => ({
      id: `act-${i}`,
      leadId: `lead-${String(i % 200).padStart(3, '0')}`,
      type: 'pricing-page-visit',
      at: at - i * 60_000,
      source: 'hubspot',
      dedupeKey: `hubspot:${i}`,
    })),
  );
  await db.answers.add({
    id: 'lead-007:bant:need',
    leadId: 'lead-007',
    framework: 'bant',
    item: 'need',
    status: 'met',
    answer: 'Replacing spreadsheets',
    answeredAt: at,
  });
  await db.notes.add({ id: 'n1', leadId: 'lead-007', kind: 'call', text: '[00:10] SSO', startedAt: at, updatedAt: at });
  const snapshot = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
  db.close();
  return snapshot;
}

/** Today's schema plus a next version whose upgrade rewrites every lead and throws on one of them. */
function withFailingUpgrade(name: string, failOn: string) {
  const db = new Dexie(name);
  for (const v of SCHEMA_VERSIONS) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  db.version(LATEST + 1)
    .stores({
      leads: 'id, *identityKeys, stage, createdAt, updatedAt, lastActivityAt, score.total, company, name, *tags, email',
    })
    .upgrade(async (tx) => {
      await tx
        .table('leads')
        .toCollection()
        .modify((lead: { id: string; email?: string; name?: string }) => {
          if (lead.id === failOn) throw new Error(`cannot upgrade ${lead.id}`);
          lead.email = `${lead.id}@upgraded.example`;
          lead.name = 'REWRITTEN';
        });
      await tx.table('activities').clear();
    });
  return db;
}

let name: string;
beforeEach(() => {
  name = `migration-failure-${Math.random()}`;
});
afterEach(() => Dexie.delete(name));

describe('a failed schema upgrade', () => {
  it.each(['lead-000', 'lead-150', 'lead-199'])(
    'throwing on %s leaves every record of every table as it was, at the old version',
    async (failOn) => {
      const before = await seedReleased(name);
      const upgraded = withFailingUpgrade(name, failOn);
      expect(await openOrExplain(upgraded)).toEqual({ kind: 'upgrade', detail: `Error: cannot upgrade ${failOn}` });
      upgraded.close();

      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(LATEST);
      const after = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
      expect(after).toEqual(before);
      expect(after.leads).toHaveLength(200);
      expect(after.activities).toHaveLength(400);
      db.close();
    },
  );
});

describe('openOrExplain', () => {
  it('opens a healthy database and reports nothing', async () => {
    await seedReleased(name);
    const db = openDatabase(name);
    expect(await openOrExplain(db)).toBeNull();
    expect(await db.leads.count()).toBe(200);
    db.close();
  });

  it('reports an upgrade blocked by a page that keeps the old version open', async () => {
    await seedReleased(name);
    // A raw connection that ignores versionchange: what an old page that never closes looks like.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const next = withFailingUpgrade(name, 'none');
    expect(await openOrExplain(next)).toEqual({
      kind: 'blocked',
      detail: `blocked: version ${LATEST} is open elsewhere`,
    });
    holder.close();
    next.close();
  });

  it('reports a database stored by a newer LeadLens', async () => {
    const db = openDatabase(name);
    vi.spyOn(db, 'open').mockRejectedValue(
      new Dexie.VersionError('The requested version (20) is less than the existing version (30).'),
    );
    expect(await openOrExplain(db)).toEqual({
      kind: 'version',
      detail: 'VersionError: The requested version (20) is less than the existing version (30).',
    });
  });

  it('reports any other refusal as such', async () => {
    const db = openDatabase(name);
    vi.spyOn(db, 'open').mockRejectedValue(new Dexie.MissingAPIError('IndexedDB API missing'));
    expect(await openOrExplain(db)).toEqual({ kind: 'other', detail: 'MissingAPIError: IndexedDB API missing' });
  });
});
