import { applyRetention, type ErasedCounts, findRetentionCandidates } from '../io/privacy';
import type { LeadLensDB } from './database';
import { getSetting } from './settings';

/**
 * The daily automatic retention run: when the user set a retention period AND chose automatic
 * deletion, erases every lead untouched for that long. Finding and erasing happen in one
 * transaction (over every table: erasing reaches all that hold records about a lead), so a lead
 * touched meanwhile is never erased. Null when automatic deletion is off.
 */
export async function runAutomaticRetention(db: LeadLensDB, now: Date): Promise<ErasedCounts | null> {
  return db.transaction('rw', db.tables, async () => {
    const months = await getSetting(db, 'retention-months');
    if (months === null || !(await getSetting(db, 'retention-auto'))) return null;
    const candidates = await findRetentionCandidates(db, months, now);
    return applyRetention(
      db,
      candidates.map((lead) => lead.id),
    );
  });
}
