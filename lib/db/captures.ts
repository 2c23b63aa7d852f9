import type { CaptureResult } from '../capture/types';
import { identityKeysFor } from '../leads/identity';
import { scoreLead } from '../scoring';
import type { LeadLensDB } from './database';
import { applyScore } from './leadScore';
import { ensureActiveModel } from './models';
import type { ActivityRecord, LeadRecord } from './records';

export interface SavedCapture {
  captureId: number;
  /** The lead created or updated, or null when the page created no lead. */
  leadId: string | null;
  created: boolean;
}

const LEAD_KINDS = new Set<CaptureResult['kind']>(['profile', 'record']);

/** Why a capture created no lead, in words for the capture diagnostics. */
export function noLeadReason(result: CaptureResult): string | null {
  if (!LEAD_KINDS.has(result.kind)) return `page is ${result.kind}`;
  if (!result.fields.name) return 'no name found on the page';
  return null;
}

/**
 * Stores a capture as provenance and, when it shows a person, creates or updates their lead,
 * adds new activities (deduplicated), rescores and records any stage change. One transaction:
 * either all of it lands or none of it.
 */
export async function saveCapture(
  db: LeadLensDB,
  result: CaptureResult,
  pageUrl: string,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SavedCapture> {
  const at = now.getTime();
  return db.transaction('rw', [db.leads, db.activities, db.captures, db.models], async () => {
    const keys = identityKeysFor(result.fields, pageUrl);
    const makesLead = noLeadReason(result) === null && keys.length > 0;
    if (!makesLead) {
      const captureId = await db.captures.add(captureRow(result, pageUrl, at, null));
      return { captureId: captureId as number, leadId: null, created: false };
    }

    const existing = await db.leads.where('identityKeys').anyOf(keys).first();
    const lead = mergeCapture(existing, result, keys, at, newId);
    const source = result.site;
    const incoming: ActivityRecord[] = result.activities.map((a) => ({
      id: newId(),
      leadId: lead.id,
      type: a.type,
      at: Date.parse(a.at),
      source,
      dedupeKey: `${source}:${a.dedupeKey}`,
      detail: a.detail,
    }));
    const valid = incoming.filter((a) => Number.isFinite(a.at));
    const known = new Set(
      (
        await db.activities
          .where('dedupeKey')
          .anyOf(valid.map((a) => a.dedupeKey))
          .toArray()
      ).map((a) => a.dedupeKey),
    );
    await db.activities.bulkAdd(valid.filter((a) => !known.has(a.dedupeKey)));

    const activities = await db.activities.where('leadId').equals(lead.id).toArray();
    const model = await ensureActiveModel(db, at);
    const scored = applyScore(lead, scoreLead(lead, activities, model.model, now), model.id, at, 'score');
    const lastActivityAt = activities.reduce<number | undefined>(
      (max, a) => (max === undefined || a.at > max ? a.at : max),
      undefined,
    );
    await db.leads.put({ ...scored, lastActivityAt });
    const captureId = await db.captures.add(captureRow(result, pageUrl, at, lead.id));
    return { captureId: captureId as number, leadId: lead.id, created: !existing };
  });
}

function captureRow(result: CaptureResult, url: string, at: number, leadId: string | null) {
  return {
    leadId,
    site: result.site,
    url,
    kind: result.kind,
    at,
    fields: result.fields,
    diagnostics: result.diagnostics,
  };
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
