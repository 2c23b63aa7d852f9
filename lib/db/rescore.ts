import { scoreLead } from '../scoring';
import type { LeadLensDB } from './database';
import { applyScore } from './leadScore';
import { ensureActiveModel } from './models';
import type { LeadRecord } from './records';

/** Settings key of an unfinished rescore; its presence means "resume me". */
export const RESCORE_CURSOR_KEY = 'rescore-cursor';

export interface RescoreProgress {
  done: number;
  total: number;
  changed: number;
}

interface Cursor {
  /** Leads with an id above this one are still to do. */
  after: string;
  cause: 'score' | 'decay';
  done: number;
  changed: number;
}

function sameScore(a: LeadRecord, b: LeadRecord): boolean {
  const x = a.score;
  const y = b.score;
  return (
    a.stage === b.stage &&
    x !== undefined &&
    y !== undefined &&
    x.fit === y.fit &&
    x.engagement === y.engagement &&
    x.total === y.total &&
    x.modelId === y.modelId
  );
}

/**
 * Rescores every lead with the active model, in chunks of `chunkSize`, one transaction per chunk,
 * writing only the leads whose score or stage changed. Progress is stored with each chunk, so a
 * service worker stopped halfway resumes where it stopped (call `resumeRescore`) and no lead is
 * ever half-written. `cause` is recorded on stage changes: 'decay' for the daily re-evaluation.
 */
export async function rescoreAll(
  db: LeadLensDB,
  now: Date,
  options: { cause: 'score' | 'decay'; chunkSize?: number; onProgress?: (p: RescoreProgress) => void },
): Promise<RescoreProgress> {
  await db.settings.put({ key: RESCORE_CURSOR_KEY, value: { after: '', cause: options.cause, done: 0, changed: 0 } });
  return runFromCursor(db, now, options.chunkSize ?? 500, options.onProgress);
}

/** Finishes a rescore that was interrupted; does nothing when none is pending. */
export async function resumeRescore(
  db: LeadLensDB,
  now: Date,
  options: { chunkSize?: number; onProgress?: (p: RescoreProgress) => void } = {},
): Promise<RescoreProgress | null> {
  if (!(await db.settings.get(RESCORE_CURSOR_KEY))) return null;
  return runFromCursor(db, now, options.chunkSize ?? 500, options.onProgress);
}

async function runFromCursor(
  db: LeadLensDB,
  now: Date,
  chunkSize: number,
  onProgress?: (p: RescoreProgress) => void,
): Promise<RescoreProgress> {
  const total = await db.leads.count();
  const at = now.getTime();
  let progress: RescoreProgress = { done: 0, total, changed: 0 };
  for (;;) {
    const step = await db.transaction('rw', [db.leads, db.activities, db.models, db.settings], async () => {
      const cursor = (await db.settings.get(RESCORE_CURSOR_KEY))?.value as Cursor | undefined;
      if (!cursor) return null;
      const leads = await db.leads.where('id').above(cursor.after).limit(chunkSize).toArray();
      if (leads.length === 0) {
        await db.settings.delete(RESCORE_CURSOR_KEY);
        return null;
      }
      const model = await ensureActiveModel(db, at);
      // A chunk is a contiguous id range, so one index range read fetches all of its activities.
      const first = leads[0]?.id ?? '';
      const last = leads[leads.length - 1]?.id ?? '';
      const activities = await db.activities.where('leadId').between(first, last, true, true).toArray();
      const byLead = Map.groupBy(activities, (a) => a.leadId);
      const changed = leads
        .map(
          (lead) =>
            [
              lead,
              applyScore(
                lead,
                scoreLead(lead, byLead.get(lead.id) ?? [], model.model, now),
                model.id,
                at,
                cursor.cause,
              ),
            ] as const,
        )
        .filter(([before, after]) => !sameScore(before, after))
        .map(([, after]) => after);
      await db.leads.bulkPut(changed);
      const next: Cursor = {
        after: leads[leads.length - 1]?.id ?? cursor.after,
        cause: cursor.cause,
        done: cursor.done + leads.length,
        changed: cursor.changed + changed.length,
      };
      await db.settings.put({ key: RESCORE_CURSOR_KEY, value: next });
      return next;
    });
    if (!step) return progress;
    progress = { done: step.done, total: Math.max(total, step.done), changed: step.changed };
    onProgress?.(progress);
  }
}
