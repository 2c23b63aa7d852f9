import type { CapturedFields, CaptureResult } from '../capture/types';
import { identityKeysFor, linkedInProfileKey, salesNavigatorLeadKey } from '../leads/identity';
import { applyObservation } from '../leads/merge';
import { scoreLead } from '../scoring';
import type { LeadLensDB } from './database';
import { applyScore } from './leadScore';
import { mergeInTransaction, mergeTables } from './mergeLeads';
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
 * Stores a capture and applies it: a person's page creates or updates their lead (every field
 * value recorded with its provenance, new activities deduplicated, rescored, stage changes
 * recorded); a company page updates the company fields of every lead at that company. When the
 * page's keys match two leads exactly (a Sales Navigator page showing the public profile URL of
 * another lead), they are one person: merged (undoably) into the older lead. Capturing a page
 * again that shows nothing new leaves the lead untouched. One transaction: all of it or none.
 */
export async function saveCapture(
  db: LeadLensDB,
  result: CaptureResult,
  pageUrl: string,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SavedCapture> {
  return db.transaction('rw', mergeTables(db), async () => {
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
      const updatedLeadIds = await updateCompany(db, result.fields.company, result, pageUrl, now);
      return { captureId: await provenance(null), leadId: null, created: false, updatedLeadIds };
    }
    const keys = identityKeysFor(result.fields, pageUrl, { site: result.site, crm: result.crm });
    if (noLeadReason(result) !== null || keys.length === 0) {
      return { captureId: await provenance(null), leadId: null, created: false, updatedLeadIds: [] };
    }

    const existing = await linkMatches(db, keys, now, newId);
    const { lead, changed } = mergeCapture(existing, result, keys, provenanceUrl(pageUrl), at, newId);
    const added = await addActivities(db, lead.id, result, newId);
    if (changed || added > 0) await rescoreOne(db, lead, await ensureActiveModel(db, at), now);
    return { captureId: await provenance(lead.id), leadId: lead.id, created: !existing, updatedLeadIds: [] };
  });
}

/**
 * The one lead the keys identify. Several leads matching is one person stored twice: the later
 * ones are merged into the oldest (cause 'identity-key', undoable like any merge).
 */
async function linkMatches(
  db: LeadLensDB,
  keys: string[],
  now: Date,
  newId: () => string,
): Promise<LeadRecord | undefined> {
  const found = await db.leads.where('identityKeys').anyOf(keys).toArray();
  const matches = [...new Map(found.map((lead) => [lead.id, lead])).values()].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  );
  const [oldest, ...others] = matches;
  if (!oldest || others.length === 0) return oldest;
  for (const other of others) {
    const kept = await db.leads.get(oldest.id);
    if (kept) await mergeInTransaction(db, kept, other, now, 'identity-key', newId);
  }
  return db.leads.get(oldest.id);
}

/**
 * The page a value was read from, as provenance: LinkedIn profile and Sales Navigator URLs in
 * their canonical form (so "nl.linkedin.com/in/Jan?trk=x" and the plain URL are one page), other
 * URLs without their fragment.
 */
function provenanceUrl(pageUrl: string): string | undefined {
  const profile = linkedInProfileKey(pageUrl);
  if (profile) return `https://www.linkedin.com/${profile}/`;
  const sales = salesNavigatorLeadKey(pageUrl);
  if (sales) return `https://www.linkedin.com/sales/lead/${sales.slice('sales/'.length)}`;
  try {
    const url = new URL(pageUrl);
    url.hash = '';
    return url.protocol === 'about:' ? undefined : url.href;
  } catch {
    return undefined;
  }
}

/**
 * Adds the capture's activities that are not stored yet (by dedupe key); unreadable dates are
 * dropped. How many were added.
 */
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
  const fresh = incoming.filter((a) => !known.has(a.dedupeKey));
  await db.activities.bulkAdd(fresh);
  return fresh.length;
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

/** Adds a company page's company fields (with their provenance) to every lead at that company. */
async function updateCompany(
  db: LeadLensDB,
  company: string,
  result: CaptureResult,
  pageUrl: string,
  now: Date,
): Promise<string[]> {
  const fields: CapturedFields = {};
  for (const key of COMPANY_FIELDS) {
    if (result.fields[key] !== undefined) Object.assign(fields, { [key]: result.fields[key] });
  }
  const leads = await db.leads.where('company').equalsIgnoreCase(company).toArray();
  if (leads.length === 0) return [];
  const at = now.getTime();
  const model = await ensureActiveModel(db, at);
  const observation = { fields, source: result.site, url: provenanceUrl(pageUrl), at };
  for (const lead of leads) {
    const { lead: updated, changed } = applyObservation(lead, observation);
    if (changed) await rescoreOne(db, { ...updated, updatedAt: at }, model, now);
  }
  return leads.map((l) => l.id);
}

/**
 * The lead with the capture applied: its values recorded with their provenance and re-picked
 * (lib/leads/merge), its keys and sources united. `changed` is false when the capture told
 * nothing new: then the lead is as stored, updatedAt included.
 */
function mergeCapture(
  existing: LeadRecord | undefined,
  result: CaptureResult,
  keys: string[],
  url: string | undefined,
  at: number,
  newId: () => string,
): { lead: LeadRecord; changed: boolean } {
  const observation = { fields: result.fields, source: result.site, url, at };
  if (existing) {
    const applied = applyObservation(existing, observation);
    const identityKeys = [...new Set([...existing.identityKeys, ...keys])];
    const sources = [...new Set([...existing.sources, result.site])];
    const changed =
      applied.changed ||
      identityKeys.length !== existing.identityKeys.length ||
      sources.length !== existing.sources.length;
    if (!changed) return { lead: existing, changed: false };
    return { lead: { ...applied.lead, identityKeys, sources, updatedAt: at }, changed: true };
  }
  const fresh: LeadRecord = {
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
  return { lead: applyObservation(fresh, observation).lead, changed: true };
}
