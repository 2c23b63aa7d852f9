import type { FieldName } from '../capture/types';
import { pairKey } from '../leads/fuzzyMatch';
import { mergeLeadRecords, pinField, replayLaterChanges } from '../leads/merge';
import { rescoreOne } from './captures';
import type { LeadLensDB } from './database';
import { ensureActiveModel } from './models';
import type { AnswerRecord, LeadRecord, MergeRecord } from './records';

/** Every table a merge or its undo reads or writes (a caller's transaction must include them all). */
export function mergeTables(db: LeadLensDB) {
  return [db.leads, db.activities, db.answers, db.outcomes, db.notes, db.captures, db.merges, db.models];
}

const answerId = (leadId: string, a: AnswerRecord) => `${leadId}:${a.framework}:${a.item}`;

/**
 * Moves everything about `removed` to `kept` and deletes `removed`, inside the caller's
 * transaction (see mergeTables): activities (their dedupe keys are unique across leads, so they
 * move as they are), outcomes, call notes, captures; checklist answers per item, the newer answer
 * winning. The kept lead gets both leads' keys, sources, tags and provenance and is rescored. The
 * merge record keeps both leads as they were and what moved, for undoMerge.
 */
export async function mergeInTransaction(
  db: LeadLensDB,
  kept: LeadRecord,
  removed: LeadRecord,
  now: Date,
  cause: MergeRecord['cause'],
  newId: () => string,
): Promise<MergeRecord> {
  if (kept.id === removed.id) throw new Error('a lead cannot be merged with itself');
  const at = now.getTime();
  const to = { leadId: kept.id };
  const activities = await db.activities.where('leadId').equals(removed.id).primaryKeys();
  await db.activities.where('leadId').equals(removed.id).modify(to);
  const outcomes = await db.outcomes.where('leadId').equals(removed.id).primaryKeys();
  await db.outcomes.where('leadId').equals(removed.id).modify(to);
  const notes = await db.notes.where('leadId').equals(removed.id).primaryKeys();
  await db.notes.where('leadId').equals(removed.id).modify(to);
  const captures = await db.captures.where('leadId').equals(removed.id).primaryKeys();
  await db.captures.where('leadId').equals(removed.id).modify(to);

  const removedAnswers = await db.answers.where('leadId').equals(removed.id).toArray();
  const written: string[] = [];
  const replaced: AnswerRecord[] = [];
  for (const answer of removedAnswers) {
    const id = answerId(kept.id, answer);
    const existing = await db.answers.get(id);
    if (existing && existing.answeredAt >= answer.answeredAt) continue;
    if (existing) replaced.push(existing);
    written.push(id);
    await db.answers.put({ ...answer, id, leadId: kept.id });
  }
  await db.answers.bulkDelete(removedAnswers.map((a) => a.id));

  await db.leads.delete(removed.id);
  await rescoreOne(db, mergeLeadRecords(kept, removed, at), await ensureActiveModel(db, at), now);
  const result = await db.leads.get(kept.id);
  if (!result) throw new Error(`lead ${kept.id} vanished during the merge`);
  const record: MergeRecord = {
    id: newId(),
    keptId: kept.id,
    removedId: removed.id,
    at,
    cause,
    kept,
    removed,
    result,
    moved: { activities, outcomes, notes, captures: captures.filter((id): id is number => id !== undefined) },
    answers: { removed: removedAnswers, written, replaced },
  };
  await db.merges.add(record);
  return record;
}

/** Merges `removedId` into `keptId` (a person confirmed they are one), in one transaction. */
export function mergeLeads(
  db: LeadLensDB,
  keptId: string,
  removedId: string,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<MergeRecord> {
  return db.transaction('rw', mergeTables(db), async () => {
    const [kept, removed] = await db.leads.bulkGet([keptId, removedId]);
    if (!kept) throw new Error(`no lead with id ${keptId}`);
    if (!removed) throw new Error(`no lead with id ${removedId}`);
    return mergeInTransaction(db, kept, removed, now, 'user', newId);
  });
}

/**
 * Undoes a merge in one transaction: the removed lead comes back as it was, with exactly the
 * activities, outcomes, notes, captures and answers that moved; the kept lead goes back to how it
 * was, keeping what happened to it after the merge (new captures, activities, answers). Only the
 * latest merge into a lead can be undone, and not while that lead is merged into another.
 */
export function undoMerge(db: LeadLensDB, mergeId: string, now: Date): Promise<MergeRecord> {
  return db.transaction('rw', mergeTables(db), async () => {
    const merge = await db.merges.get(mergeId);
    if (!merge) throw new Error(`no merge with id ${mergeId}`);
    if (merge.undoneAt !== undefined) throw new Error('this merge was already undone');
    const later = (await db.merges.where('keptId').equals(merge.keptId).toArray()).filter(
      (m) => m.undoneAt === undefined && m.at > merge.at,
    );
    if (later.length > 0) throw new Error('undo the later merge into this lead first');
    const current = await db.leads.get(merge.keptId);
    if (!current) throw new Error('the merged lead was merged again or erased: undo that first');
    if (await db.leads.get(merge.removedId)) throw new Error(`lead ${merge.removedId} exists again`);

    const back = { leadId: merge.removedId };
    const ours = (row: { leadId: string | null }) => row.leadId === merge.keptId;
    await db.activities.where('id').anyOf(merge.moved.activities).filter(ours).modify(back);
    await db.outcomes.where('id').anyOf(merge.moved.outcomes).filter(ours).modify(back);
    await db.notes.where('id').anyOf(merge.moved.notes).filter(ours).modify(back);
    await db.captures.where('id').anyOf(merge.moved.captures).filter(ours).modify(back);

    // An answer given on the kept lead after the merge is newer knowledge: it stays.
    for (const id of merge.answers.written) {
      const live = await db.answers.get(id);
      if (!live || live.answeredAt > merge.at) continue;
      const original = merge.answers.replaced.find((a) => a.id === id);
      if (original) await db.answers.put(original);
      else await db.answers.delete(id);
    }
    await db.answers.bulkPut(merge.answers.removed);

    await db.leads.put(merge.removed);
    const restored = replayLaterChanges(merge.kept, merge.result, current);
    if (restored === merge.kept) await db.leads.put(merge.kept);
    else await rescoreOne(db, restored, await ensureActiveModel(db, now.getTime()), now);
    const undone: MergeRecord = { ...merge, undoneAt: now.getTime() };
    await db.merges.put(undone);
    return undone;
  });
}

/** "Not the same person": the pair is not proposed again. */
export async function dismissMatch(db: LeadLensDB, leadId: string, otherId: string, now: Date): Promise<void> {
  if (leadId === otherId) throw new Error('a lead cannot be compared with itself');
  const id = pairKey(leadId, otherId);
  const leadIds: [string, string] = leadId < otherId ? [leadId, otherId] : [otherId, leadId];
  await db.dismissedMatches.put({ id, leadIds, at: now.getTime() });
}

/** Pins one known value of a field (null unpins) and rescores the lead, in one transaction. */
export function pinLeadField(
  db: LeadLensDB,
  leadId: string,
  field: FieldName,
  entryKey: string | null,
  now: Date,
): Promise<void> {
  return db.transaction('rw', [db.leads, db.activities, db.models], async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) throw new Error(`no lead with id ${leadId}`);
    const pinned = pinField(lead, field, entryKey);
    await rescoreOne(db, { ...pinned, updatedAt: now.getTime() }, await ensureActiveModel(db, now.getTime()), now);
  });
}
