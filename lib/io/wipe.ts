import type { LeadLensDB } from '../db/database';
import { createBackup } from './backup';

/** The parts of `browser.storage` LeadLens writes to (tab state in session, anything in local). */
export interface ExtensionStorage {
  session: { clear: () => Promise<void> };
  local: { clear: () => Promise<void> };
}

export interface WipeResult {
  fileName: string;
  /** Records erased from the database (as many as the backup holds). */
  erased: number;
}

/**
 * "Hand over this machine": a full backup, then every LeadLens table and the extension's storage
 * erased. The backup is read, handed to `download` and the tables cleared in ONE transaction, so
 * the file holds exactly what was erased (a capture arriving meanwhile waits, and is not lost
 * unseen) and a download that throws erases nothing. `download` must start the download
 * synchronously (an object URL and a click, lib/download).
 */
export async function exportAndWipe(
  db: LeadLensDB,
  now: Date,
  download: (fileName: string, text: string) => void,
  storage: ExtensionStorage,
): Promise<WipeResult> {
  const fileName = `leadlens-backup-${now.toISOString().slice(0, 10)}.json`;
  const erased = await db.transaction('rw', db.tables, async () => {
    const backup = await createBackup(db, now);
    download(fileName, JSON.stringify(backup));
    for (const table of db.tables) await table.clear();
    return Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
  });
  await Promise.all([storage.session.clear(), storage.local.clear()]);
  return { fileName, erased };
}
