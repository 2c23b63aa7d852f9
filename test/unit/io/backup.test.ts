import Dexie, { type Table } from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { type Backup, createBackup, restoreBackup } from '@/lib/io/backup';
import { storedLead } from '../leadFixtures';
import { SEED_AT, seedAll } from './seedAll';

const now = new Date('2026-11-21T08:00:00Z');
const opened: LeadLensDB[] = [];

async function freshDb(): Promise<LeadLensDB> {
  const db = openDatabase(`backup-${Math.random()}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const tablesOf = async (db: LeadLensDB) => (await createBackup(db, now)).tables;

/** A seeded database, its backup as text, and the backup as an object to damage. */
async function seeded() {
  const db = await freshDb();
  await seedAll(db);
  const text = JSON.stringify(await createBackup(db, now));
  return { db, text, json: () => JSON.parse(text) as Backup & Record<string, unknown> };
}

describe('createBackup', () => {
  it('writes one JSON object with every table', async () => {
    const { db, json } = await seeded();
    const backup = json();
    expect(backup).toMatchObject({
      format: 'leadlens-backup',
      formatVersion: 1,
      schemaVersion: 6,
      createdAt: '2026-11-21T08:00:00.000Z',
    });
    expect(Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]))).toEqual({
      leads: 2,
      activities: 3,
      answers: 1,
      models: 1,
      outcomes: 1,
      captures: 2,
      notes: 1,
      settings: 2,
      merges: 0,
      dismissedMatches: 0,
    });
    expect(backup.tables.captures.map((c) => c.id)).toEqual([1, 2]);
    expect(await db.leads.count()).toBe(2);
  });
});

describe('restoreBackup', () => {
  it('round trip: every table comes back deep equal, replacing what was there', async () => {
    const { db, text } = await seeded();
    const original = await tablesOf(db);
    const other = await freshDb();
    await other.leads.add(storedLead({ id: 'someone-else' }));
    await other.settings.put({ key: 'sla-hours', value: 48 });

    const result = await restoreBackup(other, text);
    expect(result).toEqual({
      ok: true,
      counts: {
        leads: 2,
        activities: 3,
        answers: 1,
        models: 1,
        outcomes: 1,
        captures: 2,
        notes: 1,
        settings: 2,
        merges: 0,
        dismissedMatches: 0,
      },
    });
    expect(await tablesOf(other)).toEqual(original);
    // Auto-increment keys continue after the restored ones.
    expect(await other.captures.add({ ...original.captures[0], id: undefined } as never)).toBe(3);
  });

  async function expectRefused(damage: (backup: Backup & Record<string, unknown>) => unknown, errors: unknown) {
    const { db, json } = await seeded();
    const before = await tablesOf(db);
    const result = await restoreBackup(db, JSON.stringify(damage(json())));
    expect(result).toEqual({ ok: false, errors });
    expect(await tablesOf(db)).toEqual(before);
  }

  it('refuses a truncated file and changes nothing', async () => {
    const { db, text } = await seeded();
    const before = await tablesOf(db);
    const result = await restoreBackup(db, text.slice(0, Math.floor(text.length / 2)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: '', message: expect.stringMatching(/^not valid JSON \(is the file cut short\?\): /) },
    ]);
    expect(await tablesOf(db)).toEqual(before);
  });

  it.each([
    ['an object of another program', { leads: [] }],
    ['a LeadLens model file', { format: 'leadlens-model', formatVersion: 1 }],
    ['an array', []],
    ['null', null],
  ])('refuses foreign JSON: %s', async (_, foreign) => {
    await expectRefused(() => foreign, [{ path: 'format', message: 'not a LeadLens backup file' }]);
  });

  it('refuses wrong types with the path of each problem', async () => {
    await expectRefused(
      (backup) => {
        Object.assign(backup.tables.leads[1] as object, { stage: 'hot' });
        Object.assign(backup.tables.activities[2] as object, { at: '2026-11-01' });
        Object.assign(backup.tables.settings[0] as object, { key: 7 });
        return backup;
      },
      [
        { path: 'tables.leads[1].stage', message: expect.stringMatching(/^Invalid option/) },
        { path: 'tables.activities[2].at', message: 'Invalid input: expected number, received string' },
        { path: 'tables.settings[0].key', message: 'Invalid input: expected string, received number' },
      ],
    );
  });

  it('refuses a missing table', async () => {
    await expectRefused(
      (backup) => {
        delete (backup.tables as Partial<Backup['tables']>).notes;
        return backup;
      },
      [{ path: 'tables.notes', message: 'Invalid input: expected array, received undefined' }],
    );
  });

  it('refuses duplicate ids and duplicate activity dedupe keys', async () => {
    await expectRefused(
      (backup) => {
        backup.tables.leads.push({ ...storedLead(), id: 'jan' });
        Object.assign(backup.tables.activities[1] as object, { dedupeKey: 'hubspot:a1' });
        return backup;
      },
      [
        { path: 'tables.leads[2].id', message: 'duplicate id "jan" (also tables.leads[1])' },
        {
          path: 'tables.activities[1].dedupeKey',
          message: 'duplicate dedupeKey "hubspot:a1" (also tables.activities[0])',
        },
      ],
    );
  });

  it('refuses a huge field', async () => {
    await expectRefused(
      (backup) => {
        Object.assign(backup.tables.leads[0] as object, { name: 'x'.repeat(1 << 20) });
        return backup;
      },
      [{ path: 'tables.leads[0].name', message: 'Too big: expected string to have <=500 characters' }],
    );
  });

  // A 50 MB file: a field of 50 MB, and the same file cut short. Both refused whole, in seconds.
  it('refuses a 50 MB file (one 50 MB field) and changes nothing', async () => {
    await expectRefused(
      (backup) => {
        Object.assign(backup.tables.activities[0] as object, { detail: 'x'.repeat(50 * 1024 * 1024) });
        return backup;
      },
      [{ path: 'tables.activities[0].detail', message: 'Too big: expected string to have <=500 characters' }],
    );
  });

  it('refuses a truncated 50 MB file and changes nothing', async () => {
    const { db, json } = await seeded();
    const before = await tablesOf(db);
    const backup = json();
    backup.tables.activities = Array.from({ length: 120_000 }, (_, i) => ({
      ...(backup.tables.activities[0] as object),
      id: `a-${i}`,
      dedupeKey: `linkedin:bulk-${i}`,
      detail: 'd'.repeat(300),
    })) as typeof backup.tables.activities;
    const text = JSON.stringify(backup);
    expect(text.length).toBeGreaterThan(40 * 1024 * 1024);
    const result = await restoreBackup(db, text.slice(0, text.length - 1000));
    expect(result.ok).toBe(false);
    expect(await tablesOf(db)).toEqual(before);
  });

  it('refuses a backup from a newer LeadLens', async () => {
    const newer = 'made by a newer LeadLens: update LeadLens to restore it';
    await expectRefused((b) => ({ ...b, formatVersion: 2 }), [{ path: 'formatVersion', message: newer }]);
    await expectRefused((b) => ({ ...b, schemaVersion: 99 }), [{ path: 'schemaVersion', message: newer }]);
  });

  it('reports at most 50 problems and how many more there are', async () => {
    await expectRefused(
      (backup) => {
        backup.tables.activities = Array.from({ length: 60 }, (_, i) => ({
          id: `x${i}`,
          leadId: 'ana',
          type: 'email-open',
          at: SEED_AT,
          source: 'hubspot',
        })) as never;
        return backup;
      },
      [
        ...Array.from({ length: 50 }, (_, i) => ({
          path: `tables.activities[${i}].dedupeKey`,
          message: 'Invalid input: expected string, received undefined',
        })),
        { path: '', message: 'and 10 more problems' },
      ],
    );
  });

  it('changes nothing when a write fails halfway', async () => {
    const { db, text } = await seeded();
    const other = await freshDb();
    await other.leads.add(storedLead({ id: 'someone-else' }));
    const before = await tablesOf(other);
    // Notes are written after leads, activities and more; fail them, whichever Table instance restore uses.
    const tableProto = Object.getPrototypeOf(other.notes) as Table;
    const bulkAdd = tableProto.bulkAdd;
    vi.spyOn(tableProto, 'bulkAdd').mockImplementation(function (this: Table, ...args: Parameters<Table['bulkAdd']>) {
      return this.name === 'notes' ? Promise.reject(new Error('quota exceeded')) : bulkAdd.apply(this, args);
    } as Table['bulkAdd']);
    await expect(restoreBackup(other, text)).rejects.toThrow('quota exceeded');
    vi.restoreAllMocks();
    expect(await tablesOf(other)).toEqual(before);
    expect(await db.leads.count()).toBe(2);
  });
});
