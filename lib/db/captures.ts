import type { CapturedFields, CaptureResult } from '../capture/types';
import { identityKeysFor } from '../leads/identity';
import { scoreLead } from '../scoring';
import type { LeadLensDB } from './database';
import { applyScore } from './leadScore';
import { type ActiveModel, ensureActiveModel } from './models';
import type { ActivityRecord, LeadRecord } from './records';

export interface SavedCapture {
  captureId: number;
  /** The lead created or updated from a person's page, or null when the page showed no person. */
  leadId: string | null;
  created: boolean;
  /** Leads whose company fields a company page updated. */
  updatedLeadIds: string[];
}

const PERSON_KINDS = new Set<CaptureResult['kind']>(['profile', 'record']);

/** The company fields a company page contributes to every lead at that company. */
const COMPANY_FIELDS = ['companySize', 'companySizeBand', 'industry', 'website', 'headquarters'] as const;

/** Why a capture created or updated no lead, in words for the capture diagnostics; null if it did. */
export function noLeadReason(result: CaptureResult): string | null {
  if (result.kind === 'company') return result.fields.company ? null : 'no company name found on the page';
  if (!PERSON_KINDS.has(result.kind)) return `page is ${result.kind}`;
  if (!result.fields.name) return 'no name found on the page';
  return null;
}

/**
 * Stores a capture as provenance and applies it: a person's page creates or updates their lead
 * (new activities deduplicated, rescored, stage changes recorded); a company page updates the
 * company fields of every lead at that company. One transaction: all of it lands or none of it.
 */
export async function saveCapture(
  db: LeadLensDB,
  result: CaptureResult,
  pageUrl: string,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SavedCapture> {
  return db.transaction('rw', [db.leads, db.activities, db.captures, db.models], async () => {
    const at = now.getTime();
    const provenance = (leadId: string | null) =>
      db.captures.add({
        leadId,
        site: result.site,
        url: pageUrl,
        kind: result.kind,
        at,
        fields: result.fields,
        diagnostics: result.diagnostics,
      }) as Promise<number>;

    if (noLeadReason(result) === null && result.kind === 'company' && result.fields.company) {
      const updatedLeadIds = await updateCompany(db, result.fields.company, result.fields, now);
      return { captureId: await provenance(null), leadId: null, created: false, updatedLeadIds };
    }
    const keys = identityKeysFor(result.fields, pageUrl);
    if (noLeadReason(result) !== null || keys.length === 0) {
      return { captureId: await provenance(null), leadId: null, created: false, updatedLeadIds: [] };
    }

    const existing = await db.leads.where('identityKeys').anyOf(keys).first();
    const lead = mergeCapture(existing, result, keys, at, newId);
    await addActivities(db, lead.id, result, newId);
    await rescoreOne(db, lead, await ensureActiveModel(db, at), now);
    return { captureId: await provenance(lead.id), leadId: lead.id, created: !existing, updatedLeadIds: [] };
  });
}

/** Adds the capture's activities that are not stored yet (by dedupe key); unreadable dates are dropped. */
async function addActivities(db: LeadLensDB, leadId: string, result: CaptureResult, newId: () => string) {
  const source = result.site;
  const incoming: ActivityRecord[] = result.activities
    .map((a) => ({
      id: newId(),
      leadId,
      type: a.type,
      at: Date.parse(a.at),
      source,
      dedupeKey: `${source}:${a.dedupeKey}`,
      detail: a.detail,
    }))
    .filter((a) => Number.isFinite(a.at));
  const known = new Set(
    (
      await db.activities
        .where('dedupeKey')
        .anyOf(incoming.map((a) => a.dedupeKey))
        .toArray()
    ).map((a) => a.dedupeKey),
  );
  await db.activities.bulkAdd(incoming.filter((a) => !known.has(a.dedupeKey)));
}

/** Scores a lead with all its stored activities and writes it (with any stage change). */
export async function rescoreOne(db: LeadLensDB, lead: LeadRecord, model: ActiveModel, now: Date): Promise<void> {
  const activities = await db.activities.where('leadId').equals(lead.id).toArray();
  const scored = applyScore(lead, scoreLead(lead, activities, model.model, now), model.id, now.getTime(), 'score');
  const lastActivityAt = activities.reduce<number | undefined>(
    (max, a) => (max === undefined || a.at > max ? a.at : max),
    undefined,
  );
  await db.leads.put({ ...scored, lastActivityAt });
}

async function updateCompany(db: LeadLensDB, company: string, fields: CapturedFields, now: Date): Promise<string[]> {
  const update: Partial<LeadRecord> = {};
  for (const key of COMPANY_FIELDS) {
    if (fields[key] !== undefined) Object.assign(update, { [key]: fields[key] });
  }
  const leads = await db.leads.where('company').equalsIgnoreCase(company).toArray();
  if (leads.length === 0) return [];
  const model = await ensureActiveModel(db, now.getTime());
  for (const lead of leads) await rescoreOne(db, { ...lead, ...update, updatedAt: now.getTime() }, model, now);
  return leads.map((l) => l.id);
}

/** Captured values replace older captured values; fields the page did not show are kept. */
function mergeCapture(
  existing: LeadRecord | undefined,
  result: CaptureResult,
  keys: string[],
  at: number,
  newId: () => string,
): LeadRecord {
  const found = Object.fromEntries(Object.entries(result.fields).filter(([, v]) => v !== undefined && v !== ''));
  if (existing) {
    return {
      ...existing,
      ...found,
      identityKeys: [...new Set([...existing.identityKeys, ...keys])],
      sources: [...new Set([...existing.sources, result.site])],
      updatedAt: at,
    };
  }
  return {
    ...found,
    id: newId(),
    identityKeys: keys,
    sources: [result.site],
    stage: 'lead',
    stageManual: false,
    stageHistory: [{ at, from: null, to: 'lead', cause: 'capture' }],
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}
