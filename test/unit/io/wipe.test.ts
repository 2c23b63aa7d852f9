import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { parseBackup, restoreBackup } from '@/lib/io/backup';
import { type ExtensionStorage, exportAndWipe } from '@/lib/io/wipe';
import { seedAll } from './seedAll';

const now = new Date('2026-11-23T12:00:00Z');

let db: LeadLensDB;
beforeEach(async () => {
  db = openDatabase(`wipe-${Math.random()}`);
  await db.open();
  await seedAll(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** storage.session and storage.local with something in them, recording clears. */
function fakeStorage(): ExtensionStorage & { cleared: string[] } {
  const cleared: string[] = [];
  return {
    cleared,
    session: { clear: async () => void cleared.push('session') },
    local: { clear: async () => void cleared.push('local') },
  };
}

async function counts(target: LeadLensDB) {
  return Object.fromEntries(await Promise.all(target.tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('exportAndWipe', () => {
  it('downloads a backup of everything, then leaves every table and the extension storage empty', async () => {
    const before = await counts(db);
    const files: { name: string; text: string }[] = [];
    const storage = fakeStorage();
    const result = await exportAndWipe(db, now, (name, text) => files.push({ name, text }), storage);

    expect(files.map((f) => f.name)).toEqual(['leadlens-backup-2026-11-23.json']);
    const total = Object.values(before).reduce((a, b) => a + b, 0);
    expect(result).toEqual({ fileName: 'leadlens-backup-2026-11-23.json', erased: total });
    expect(Object.values(await counts(db))).toEqual(db.tables.map(() => 0));
    expect(storage.cleared.sort()).toEqual(['local', 'session']);

    // The file is a valid, complete backup: restoring it on the next machine brings everything back.
    const parsed = parseBackup(files[0]?.text ?? '');
    expect(parsed.ok).toBe(true);
    const next = openDatabase(`wipe-next-${Math.random()}`);
    await next.open();
    expect((await restoreBackup(next, files[0]?.text ?? '')).ok).toBe(true);
    expect(await counts(next)).toEqual(before);
    next.close();
    await Dexie.delete(next.name);
  });

  it('erases nothing when the download cannot start', async () => {
    const before = await counts(db);
    const storage = fakeStorage();
    const failure = await exportAndWipe(
      db,
      now,
      () => {
        throw new Error('downloads are blocked');
      },
      storage,
    ).catch((e: Error) => e.message);
    expect(failure).toBe('downloads are blocked');
    expect(await counts(db)).toEqual(before);
    expect(storage.cleared).toEqual([]);
  });
});
