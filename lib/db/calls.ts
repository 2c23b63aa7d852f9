import { rescoreOne } from './captures';
import type { LeadLensDB } from './database';
import { ensureActiveModel } from './models';

/** Longest part of the notes kept on the logged call activity (the full notes stay in `notes`). */
const ACTIVITY_DETAIL_MAX = 500;

export interface CallNotesInput {
  leadId: string;
  noteId: string;
  startedAt: number;
  text: string;
}

/** Saves what the rep typed so far in a running call (called every keystroke, debounced). */
export async function saveCallNotes(db: LeadLensDB, input: CallNotesInput, now: Date): Promise<void> {
  await db.transaction('rw', db.notes, db.leads, async () => {
    if (!(await db.leads.get(input.leadId))) throw new Error(`no lead with id ${input.leadId}`);
    const existing = await db.notes.get(input.noteId);
    if (existing?.endedAt !== undefined) throw new Error('this call has ended; its notes are saved');
    if (existing && existing.leadId !== input.leadId) throw new Error('these notes belong to another lead');
    await db.notes.put({
      id: input.noteId,
      leadId: input.leadId,
      kind: 'call',
      text: input.text,
      startedAt: existing?.startedAt ?? input.startedAt,
      updatedAt: now.getTime(),
    });
  });
}

/**
 * Ends a call: the notes are closed and the call is logged as a 'call' activity (a first touch
 * for speed to lead), once, however often this is sent; the lead is rescored.
 */
export async function endCall(db: LeadLensDB, leadId: string, noteId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.notes, db.leads, db.activities, db.models], async () => {
    const note = await db.notes.get(noteId);
    const lead = await db.leads.get(leadId);
    if (!note || !lead || note.leadId !== leadId) throw new Error('no running call for this lead');
    if (note.endedAt === undefined) await db.notes.update(noteId, { endedAt: now.getTime(), updatedAt: now.getTime() });
    const dedupeKey = `manual:call:${noteId}`;
    if ((await db.activities.where('dedupeKey').equals(dedupeKey).count()) === 0) {
      await db.activities.add({
        id: crypto.randomUUID(),
        leadId,
        type: 'call',
        at: note.startedAt,
        source: 'manual',
        dedupeKey,
        detail: note.text.slice(0, ACTIVITY_DETAIL_MAX) || undefined,
      });
    }
    await rescoreOne(db, { ...lead, updatedAt: now.getTime() }, await ensureActiveModel(db, now.getTime()), now);
  });
}
