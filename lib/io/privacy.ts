import type { LeadLensDB } from '../db/database';
import type { LeadRecord } from '../db/records';
import { getSetting, setSetting } from '../db/settings';

export interface ErasedCounts {
  leads: number;
  activities: number;
  answers: number;
  captures: number;
  outcomes: number;
  notes: number;
}

/** The tables that hold records about a lead, by their leadId index. */
const PERSON_TABLES = ['activities', 'answers', 'captures', 'outcomes', 'notes'] as const;

/** Every table an erasure writes: a caller's transaction around erasePerson must include them all. */
export function erasureTables(db: LeadLensDB) {
  return [db.leads, db.settings, db.merges, db.dismissedMatches, ...PERSON_TABLES.map((t) => db[t])];
}

/**
 * Deletes leads and every record about them (activities, checklist answers, captured pages,
 * outcomes, call notes, and their SLA notification marks) in one transaction.
 */
async function eraseLeads(db: LeadLensDB, leadIds: readonly string[]): Promise<ErasedCounts> {
  return db.transaction('rw', erasureTables(db), async () => {
    const counts: ErasedCounts = { leads: 0, activities: 0, answers: 0, captures: 0, outcomes: 0, notes: 0 };
    await eraseMergeRecords(db, leadIds);
    for (const leadId of leadIds) {
      counts.leads += await db.leads.where('id').equals(leadId).delete();
      for (const table of PERSON_TABLES) counts[table] += await db[table].where('leadId').equals(leadId).delete();
    }
    // Notification marks are `${leadId}@${mqlAt}` (lib/db/slaCheck).
    const erased = new Set(leadIds);
    const notified = await getSetting(db, 'sla-notified');
    const kept = notified.filter((key) => !erased.has(key.slice(0, key.lastIndexOf('@'))));
    if (kept.length !== notified.length) await setSetting(db, 'sla-notified', kept);
    return counts;
  });
}

/**
 * Merge records (lib/db/mergeLeads) hold copies of the merged leads: every merge the leads took
 * part in goes, and so, following the chain, do the merges of the leads they absorbed (one person;
 * an undone merge joined two people, so the other one is not followed); so do their "not the
 * same person" answers.
 */
async function eraseMergeRecords(db: LeadLensDB, leadIds: readonly string[]): Promise<void> {
  const people = new Set(leadIds);
  const mergeIds = new Set<string>();
  for (let pending = [...leadIds]; pending.length > 0; ) {
    const related = [
      ...(await db.merges.where('keptId').anyOf(pending).toArray()),
      ...(await db.merges.where('removedId').anyOf(pending).toArray()),
    ].filter((m) => !mergeIds.has(m.id));
    for (const merge of related) mergeIds.add(merge.id);
    pending = related
      .filter((m) => m.undoneAt === undefined)
      .flatMap((m) => [m.keptId, m.removedId])
      .filter((id) => !people.has(id));
    for (const id of pending) people.add(id);
  }
  await db.merges.bulkDelete([...mergeIds]);
  await db.dismissedMatches
    .where('leadIds')
    .anyOf([...people])
    .delete();
}

/** Right to erasure: the lead and everything about them, gone; how many records of each kind. */
export function erasePerson(db: LeadLensDB, leadId: string): Promise<ErasedCounts> {
  return eraseLeads(db, [leadId]);
}

/** Epoch-millisecond fields, shown as ISO dates in a subject access export. */
const TIME_FIELDS = new Set([
  'at',
  'createdAt',
  'updatedAt',
  'lastActivityAt',
  'scoredAt',
  'answeredAt',
  'startedAt',
  'endedAt',
  'revisitAt',
]);

function readable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      TIME_FIELDS.has(key) && typeof v === 'number' ? new Date(v).toISOString() : readable(v),
    ]),
  );
}

export interface PersonExport {
  about: string;
  exportedAt: string;
  lead: unknown;
  activities: unknown[];
  answers: unknown[];
  outcomes: unknown[];
  notes: unknown[];
  captures: unknown[];
}

/**
 * Subject access request: every record LeadLens holds about the person, with dates written out,
 * ready for JSON.stringify(result, null, 2). Null when there is no such lead.
 */
export async function exportPerson(db: LeadLensDB, leadId: string, now: Date): Promise<PersonExport | null> {
  return db.transaction('r', [db.leads, ...PERSON_TABLES.map((t) => db[t])], async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) return null;
    const about = (table: (typeof PERSON_TABLES)[number]) =>
      db[table].where('leadId').equals(leadId).toArray() as Promise<unknown[]>;
    return {
      about: `Everything LeadLens stores in this browser about ${lead.name ?? lead.email ?? 'this person'}.`,
      exportedAt: now.toISOString(),
      lead: readable(lead),
      activities: (await about('activities')).map(readable),
      answers: (await about('answers')).map(readable),
      outcomes: (await about('outcomes')).map(readable),
      notes: (await about('notes')).map(readable),
      captures: (await about('captures')).map(readable),
    };
  });
}

/** `now` minus whole calendar months (UTC). */
function monthsBefore(now: Date, months: number): number {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.getTime();
}

/**
 * Leads nobody touched for `months`: not updated (updatedAt index) and with no activity, outcome,
 * call note or checklist answer since, oldest first. A candidate list for a person to confirm.
 */
export async function findRetentionCandidates(db: LeadLensDB, months: number, now: Date): Promise<LeadRecord[]> {
  const cutoff = monthsBefore(now, months);
  return db.transaction('r', [db.leads, ...PERSON_TABLES.map((t) => db[t])], async () => {
    const stale = await db.leads.where('updatedAt').below(cutoff).toArray();
    const recent = new Set<string>([
      ...(await db.activities.where('at').aboveOrEqual(cutoff).toArray()).map((a) => a.leadId),
      ...(await db.outcomes.where('at').aboveOrEqual(cutoff).toArray()).map((o) => o.leadId),
      ...(await db.notes.where('updatedAt').aboveOrEqual(cutoff).toArray()).map((n) => n.leadId),
    ]);
    const candidates = stale.filter((lead) => !recent.has(lead.id));
    const answered = await Promise.all(
      candidates.map((lead) =>
        db.answers
          .where('leadId')
          .equals(lead.id)
          .filter((a) => a.answeredAt >= cutoff)
          .count(),
      ),
    );
    return candidates.filter((_, i) => answered[i] === 0);
  });
}

/** Erases the confirmed retention candidates, in one transaction. */
export function applyRetention(db: LeadLensDB, leadIds: readonly string[]): Promise<ErasedCounts> {
  return eraseLeads(db, leadIds);
}
