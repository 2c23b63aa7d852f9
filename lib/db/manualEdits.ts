import type { CapturedFields } from '../capture/types';
import type { SelectionField } from '../contextMenu';
import { identityKeysFor } from '../leads/identity';
import { applyObservation } from '../leads/merge';
import {
  dayToTime,
  EDIT_FIELDS,
  type EditField,
  type LeadEdit,
  type ManualActivity,
  manualActivityKey,
  normalizeWebsite,
} from '../manualEntry';
import { rescoreOne } from './captures';
import type { LeadLensDB } from './database';
import { ensureActiveModel } from './models';
import type { LeadRecord } from './records';

/** The source of everything a rep typed: activities, lead fields (their provenance in `captures`). */
export const MANUAL_SOURCE = 'manual';
/** The provenance URL of a manual edit (a capture record with site 'manual'). */
export const MANUAL_EDIT_URL = 'about:manual-edit';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FieldEditResult {
  /** The fields whose value changed (set, replaced or cleared). */
  changed: string[];
}

/**
 * Stores a rep's edit of a lead's fields. A changed value is recorded as a field value with
 * source 'manual' (lib/leads/merge applyObservation), which the provenance rule shows before any
 * CRM or LinkedIn value, also after later captures; a pin on an edited field is dropped (the rep
 * just chose). An emptied field is cleared with every value recorded for it (the rep says they
 * are wrong; a later capture may show one again). Identity keys follow the email and LinkedIn
 * URL; the lead is rescored. The edit is also kept in `captures` (site 'manual', each change in
 * `diagnostics` as 'manual-set' or 'manual-clear'). One transaction.
 */
export async function updateLeadFields(
  db: LeadLensDB,
  leadId: string,
  edit: LeadEdit,
  now: Date,
): Promise<FieldEditResult> {
  return db.transaction('rw', [db.leads, db.activities, db.captures, db.models], async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) throw new Error('this lead no longer exists');
    const at = now.getTime();
    const set: CapturedFields = {};
    const cleared: EditField[] = [];
    for (const field of EDIT_FIELDS) {
      const raw = edit[field];
      const value = field === 'website' && typeof raw === 'string' ? normalizeWebsite(raw) : raw;
      if (value === lead[field]) continue;
      if (value === undefined) cleared.push(field);
      else Object.assign(set, { [field]: value });
    }
    const changed = [...Object.keys(set), ...cleared];
    if (changed.length === 0) return { changed };

    const pins = { ...lead.pins };
    for (const field of changed) delete pins[field as EditField];
    const { lead: observed } = applyObservation({ ...lead, pins }, { fields: set, source: MANUAL_SOURCE, at });
    const next: LeadRecord = { ...observed, fieldSources: { ...observed.fieldSources } };
    for (const field of cleared) {
      delete next[field];
      delete next.fieldSources?.[field];
      delete next.pins?.[field];
    }
    const identityKeys = await nextIdentityKeys(db, lead, edit);
    const updated: LeadRecord = {
      ...next,
      identityKeys,
      sources: [...new Set([...lead.sources, MANUAL_SOURCE])],
      updatedAt: at,
    };
    await db.captures.add({
      leadId,
      site: MANUAL_SOURCE,
      url: MANUAL_EDIT_URL,
      kind: 'record',
      at,
      fields: set,
      diagnostics: changed.map((field) => ({ field, strategy: field in set ? 'manual-set' : 'manual-clear' })),
    });
    await rescoreOne(db, updated, await ensureActiveModel(db, at), now);
    return { changed };
  });
}

/**
 * The lead's identity keys after an edit: keys of an old email or LinkedIn URL the rep replaced
 * are dropped (a corrected typo must not keep matching), keys of the new ones added. A key that
 * belongs to another lead is refused: that is a duplicate to merge, not to overwrite.
 */
async function nextIdentityKeys(db: LeadLensDB, lead: LeadRecord, edit: LeadEdit): Promise<string[]> {
  const stale = new Set<string>();
  if (lead.email !== edit.email) for (const key of identityKeysFor({ email: lead.email }, '')) stale.add(key);
  if (lead.linkedinUrl !== edit.linkedinUrl) {
    for (const key of identityKeysFor({ linkedinUrl: lead.linkedinUrl }, '')) stale.add(key);
  }
  const added = identityKeysFor({ email: edit.email, linkedinUrl: edit.linkedinUrl }, '').filter(
    (key) => !lead.identityKeys.includes(key),
  );
  const owner = added.length > 0 ? await db.leads.where('identityKeys').anyOf(added).first() : undefined;
  if (owner && owner.id !== lead.id) {
    throw new Error(`${owner.name ?? 'another lead'} already has this email or LinkedIn URL`);
  }
  return [...lead.identityKeys.filter((key) => !stale.has(key)), ...added];
}

export interface ManualActivityResult {
  /** False when the same activity (type, day, note) was stored already. */
  added: boolean;
}

/**
 * Adds an activity a rep logged by hand (source 'manual', with a stable dedupe key) and rescores
 * the lead: it counts exactly like a captured activity of that type. One transaction.
 */
export async function addManualActivity(
  db: LeadLensDB,
  leadId: string,
  activity: ManualActivity,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ManualActivityResult> {
  const at = dayToTime(activity.day);
  // Noon UTC of today is "today" everywhere in Europe; a later day has not happened yet.
  if (!Number.isFinite(at) || at > now.getTime() + DAY_MS) throw new Error('the date is in the future');
  return db.transaction('rw', [db.leads, db.activities, db.models], async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) throw new Error('this lead no longer exists');
    const dedupeKey = manualActivityKey(leadId, activity);
    if (await db.activities.where('dedupeKey').equals(dedupeKey).count()) return { added: false };
    await db.activities.add({
      id: newId(),
      leadId,
      type: activity.type,
      at,
      source: MANUAL_SOURCE,
      dedupeKey,
      ...(activity.note ? { detail: activity.note } : {}),
    });
    const updated = { ...lead, sources: [...new Set([...lead.sources, MANUAL_SOURCE])], updatedAt: now.getTime() };
    await rescoreOne(db, updated, await ensureActiveModel(db, now.getTime()), now);
    return { added: true };
  });
}

/** The lead's editable fields as they are now, for an edit that changes one of them. */
function currentFields(lead: LeadRecord): LeadEdit {
  return Object.fromEntries(EDIT_FIELDS.map((field) => [field, lead[field]])) as LeadEdit;
}

export interface SelectionResult {
  leadId: string;
  created: boolean;
}

/**
 * Text the rep selected on a page and added to a lead from the context menu: a field value
 * (replacing the old one, as an edit does) or a note (an activity of type 'note', scored by no
 * rule). `leadId` is the lead the panel shows for that tab; without one (or when it is gone) a new
 * manual lead starts from this value, or the lead that already has the selected email gets it.
 */
export async function addSelectionToLead(
  db: LeadLensDB,
  leadId: string | null,
  selection: { field: SelectionField; value: string },
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SelectionResult> {
  return db.transaction('rw', [db.leads, db.activities, db.captures, db.models], async () => {
    const at = now.getTime();
    let lead = leadId ? await db.leads.get(leadId) : undefined;
    if (!lead && selection.field === 'email') {
      lead = await db.leads.where('identityKeys').equals(`email:${selection.value}`).first();
    }
    const created = !lead;
    if (!lead) {
      lead = {
        id: newId(),
        identityKeys: [],
        sources: [MANUAL_SOURCE],
        stage: 'lead',
        stageManual: false,
        stageHistory: [{ at, from: null, to: 'lead', cause: 'manual' }],
        tags: [],
        createdAt: at,
        updatedAt: at,
      };
      await rescoreOne(db, lead, await ensureActiveModel(db, at), now);
    }
    if (selection.field === 'note') {
      const dedupeKey = `manual:${lead.id}:note:${selection.value.toLowerCase().slice(0, 200)}`;
      if (!(await db.activities.where('dedupeKey').equals(dedupeKey).count())) {
        await db.activities.add({
          id: newId(),
          leadId: lead.id,
          type: 'note',
          at,
          source: MANUAL_SOURCE,
          dedupeKey,
          detail: selection.value,
        });
        await rescoreOne(db, { ...lead, updatedAt: at }, await ensureActiveModel(db, at), now);
      }
    } else {
      await updateLeadFields(db, lead.id, { ...currentFields(lead), [selection.field]: selection.value }, now);
    }
    return { leadId: lead.id, created };
  });
}
