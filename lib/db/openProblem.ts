import Dexie from 'dexie';
import { getDatabase } from './database';

/**
 * Why the database could not be opened: stored by a newer LeadLens ('version'), another page
 * holding an older version open ('blocked'), a failed schema upgrade ('upgrade', rolled back by
 * IndexedDB, so the old data is intact), or anything else the browser refused ('other').
 */
export type DatabaseProblemKind = 'version' | 'blocked' | 'upgrade' | 'other';

export interface DatabaseProblem {
  kind: DatabaseProblemKind;
  /** The browser's own words, for a bug report. */
  detail: string;
}

const errorText = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'unknown error');

/** The version the stored database is at, read by opening it without a schema; null when unreadable. */
async function storedVersion(name: string): Promise<number | null> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch {
    return null;
  } finally {
    probe.close();
  }
}

/**
 * Opens `db` (with its declared schema versions) and says what went wrong if it cannot, instead
 * of leaving the page blank. A blocked upgrade is reported as soon as the browser says so: the
 * page asks the user to close the other LeadLens pages.
 */
export function openOrExplain(db: Dexie): Promise<DatabaseProblem | null> {
  // Before opening, `verno` is the highest version declared: the one this code upgrades to.
  const latest = db.verno;
  return new Promise((resolve) => {
    const onBlocked = (event: IDBVersionChangeEvent) =>
      resolve({ kind: 'blocked', detail: `blocked: version ${event.oldVersion / 10} is open elsewhere` });
    db.on('blocked', onBlocked);
    db.open()
      .then(
        () => resolve(null),
        async (error: unknown) => {
          const name = (error as { name?: unknown })?.name;
          if (name === 'VersionError') {
            resolve({ kind: 'version', detail: errorText(error) });
            return;
          }
          db.close();
          // The open failed while the stored database is older than ours: the upgrade failed and was undone.
          const stored = await storedVersion(db.name);
          resolve({
            kind: stored !== null && stored < latest ? 'upgrade' : 'other',
            detail: errorText(error),
          });
        },
      )
      .finally(() => db.on('blocked').unsubscribe(onBlocked));
  });
}

/** Opens the extension's one database for a page; see openOrExplain. */
export const openSharedDatabase = (): Promise<DatabaseProblem | null> => openOrExplain(getDatabase());
