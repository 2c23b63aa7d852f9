import { z } from 'zod';
import { type ExportFormat, exportLeadsCsv } from '../io/csvExport';
import { type ErasedCounts, erasePerson, erasureTables } from '../io/privacy';
import type { LeadLensDB } from './database';
import type { AnswerRecord, LeadRecord, StageName } from './records';
import { setManualStage } from './stages';

// The dashboard's bulk actions on a selection of leads (up to every lead). Each owns one
// transaction: all of the selection changes, or none of it.

/** Leads read or written per step: bounded requests, however large the selection. */
const CHUNK = 1_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A tag as typed: trimmed, not empty, short. */
export const TagSchema = z.string().trim().min(1).max(60);

/**
 * Sets the stage of every selected lead by hand with one reason, through the same path as the
 * side panel's stage changer (setManualStage: history entry, stage pinned). Leads erased since
 * they were selected are skipped. Returns how many leads exist in the selection.
 */
export async function bulkSetStage(
  db: LeadLensDB,
  leadIds: readonly string[],
  stage: StageName,
  reason: string,
  now: Date,
): Promise<number> {
  return db.transaction('rw', db.leads, async () => {
    let count = 0;
    for (const chunk of chunks(leadIds)) {
      const existing = (await db.leads.bulkGet(chunk)).filter((lead): lead is LeadRecord => lead !== undefined);
      for (const lead of existing) await setManualStage(db, lead.id, stage, reason, now);
      count += existing.length;
    }
    return count;
  });
}

/** Adds (or removes) one tag on every selected lead; returns how many leads changed. */
async function changeTag(
  db: LeadLensDB,
  leadIds: readonly string[],
  rawTag: string,
  add: boolean,
  now: Date,
): Promise<number> {
  const tag = TagSchema.parse(rawTag);
  return db.transaction('rw', db.leads, async () => {
    let changed = 0;
    for (const chunk of chunks(leadIds)) {
      const updated = (await db.leads.bulkGet(chunk)).flatMap((lead): LeadRecord[] => {
        if (!lead || lead.tags.includes(tag) === add) return [];
        const tags = add ? [...lead.tags, tag] : lead.tags.filter((t) => t !== tag);
        return [{ ...lead, tags, updatedAt: now.getTime() }];
      });
      await db.leads.bulkPut(updated);
      changed += updated.length;
    }
    return changed;
  });
}

export function bulkAddTag(db: LeadLensDB, leadIds: readonly string[], tag: string, now: Date): Promise<number> {
  return changeTag(db, leadIds, tag, true, now);
}

export function bulkRemoveTag(db: LeadLensDB, leadIds: readonly string[], tag: string, now: Date): Promise<number> {
  return changeTag(db, leadIds, tag, false, now);
}

/**
 * Erases every selected person everywhere (lead, activities, answers, captures, outcomes, notes,
 * merge records, SLA notification marks) through erasePerson, all in one transaction.
 */
export async function bulkErase(db: LeadLensDB, leadIds: readonly string[]): Promise<ErasedCounts> {
  return db.transaction('rw', erasureTables(db), async () => {
    const total: ErasedCounts = { leads: 0, activities: 0, answers: 0, captures: 0, outcomes: 0, notes: 0 };
    for (const leadId of leadIds) {
      const counts = await erasePerson(db, leadId);
      for (const key of Object.keys(total) as (keyof ErasedCounts)[]) total[key] += counts[key];
    }
    return total;
  });
}

/** The selected leads, in the order given, as a CSV in a CRM's import format with their checklist answers. */
export async function exportSelectionCsv(
  db: LeadLensDB,
  leadIds: readonly string[],
  format: ExportFormat,
): Promise<string> {
  return db.transaction('r', db.leads, db.answers, async () => {
    const leads: LeadRecord[] = [];
    const answers = new Map<string, AnswerRecord[]>();
    for (const chunk of chunks(leadIds)) {
      for (const lead of await db.leads.bulkGet(chunk)) if (lead) leads.push(lead);
      for (const answer of await db.answers.where('leadId').anyOf(chunk).toArray()) {
        answers.set(answer.leadId, [...(answers.get(answer.leadId) ?? []), answer]);
      }
    }
    return exportLeadsCsv(leads, answers, format);
  });
}
