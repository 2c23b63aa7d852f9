import { CRM_SITES } from '../capture/crm/types';
import { type CapturedFields, FIELD_NAMES, type FieldName } from '../capture/types';
import type { LeadRecord } from '../db/records';

/**
 * Field provenance: every value a lead's field ever had, with where and when it was seen. The
 * value shown (the lead record's own field) is picked by a rule, per field:
 *   1. a value the user pinned, while that value is still known;
 *   2. else the best source class: typed in by a person (manual) beats a CRM record, which beats
 *      LinkedIn, Sales Navigator, CSV imports and values from before provenance (legacy);
 *   3. within a class the newest value; on a tie the one recorded last.
 * Capturing the same page again adds nothing: a source and URL that still show the value they
 * showed last time leave the lead untouched (no new entry, no updatedAt change).
 */

export type FieldValue = string | number;

export interface ProvenanceEntry {
  value: FieldValue;
  /** The site or kind of input: 'linkedin', 'salesnav', 'hubspot', ..., 'manual', 'import', 'legacy'. */
  source: string;
  /** The page it was read from (canonical form), when there was one. */
  url?: string;
  capturedAt: number;
}

export type FieldSources = Partial<Record<FieldName, ProvenanceEntry[]>>;
/** Per field, the entryKey of the value the user chose. */
export type Pins = Partial<Record<FieldName, string>>;

/** Values a lead had before provenance existed, or that another writer (CSV import) set directly. */
export const LEGACY_SOURCE = 'legacy';
/** Kept per field; the oldest entries go first, never the pinned or the shown one. */
export const MAX_ENTRIES_PER_FIELD = 12;

const CRM = new Set<string>(CRM_SITES);

/** 3 manual, 2 CRM, 1 everything captured or imported (LinkedIn, Sales Navigator, CSV, legacy). */
export function sourceRank(source: string): number {
  if (source === 'manual') return 3;
  return CRM.has(source) ? 2 : 1;
}

/** Identifies one entry within a field (what a pin refers to). */
export function entryKey(entry: ProvenanceEntry): string {
  return `${entry.source}|${entry.url ?? ''}|${typeof entry.value}:${entry.value}`;
}

/** The entry the rule shows: the pinned one when it exists, else best class, newest, last recorded. */
export function pickEntry(entries: readonly ProvenanceEntry[], pin?: string): ProvenanceEntry | undefined {
  if (pin !== undefined) {
    const pinned = entries.find((e) => entryKey(e) === pin);
    if (pinned) return pinned;
  }
  let best: ProvenanceEntry | undefined;
  for (const entry of entries) {
    if (
      !best ||
      sourceRank(entry.source) > sourceRank(best.source) ||
      (sourceRank(entry.source) === sourceRank(best.source) && entry.capturedAt >= best.capturedAt)
    ) {
      best = entry;
    }
  }
  return best;
}

/** What a lead record carries for provenance (all optional: older leads have none). */
export interface Provenanced extends CapturedFields {
  fieldSources?: FieldSources;
  pins?: Pins;
  updatedAt: number;
}

type Writable = Record<FieldName, FieldValue | undefined>;

/**
 * The lead's fields as entries: stored ones, plus a 'legacy' entry for every shown value that
 * the stored entries do not explain (leads from before provenance, fields set by a CSV import).
 */
export function withLegacy(lead: Provenanced): FieldSources {
  const sources: FieldSources = { ...lead.fieldSources };
  for (const field of FIELD_NAMES) {
    const shown = lead[field];
    if (shown === undefined || shown === '') continue;
    const entries = sources[field] ?? [];
    if (pickEntry(entries, lead.pins?.[field])?.value === shown) continue;
    const legacy: ProvenanceEntry = { value: shown, source: LEGACY_SOURCE, capturedAt: lead.updatedAt };
    sources[field] = [...entries.filter((e) => entryKey(e) !== entryKey(legacy)), legacy];
  }
  return sources;
}

/** The lead with every field showing what the rule picks from `fieldSources`. */
function resolve<T extends Provenanced>(lead: T, fieldSources: FieldSources, pins: Pins): T {
  const next = { ...lead };
  for (const field of FIELD_NAMES) {
    const entries = fieldSources[field];
    if (!entries || entries.length === 0) continue;
    (next as Writable)[field] = pickEntry(entries, pins[field])?.value;
  }
  const keptPins = Object.fromEntries(
    Object.entries(pins).filter(([field, key]) =>
      fieldSources[field as FieldName]?.some((entry) => entryKey(entry) === key),
    ),
  );
  next.fieldSources = fieldSources;
  next.pins = Object.keys(keptPins).length > 0 ? keptPins : undefined;
  if (next.pins === undefined) delete next.pins;
  return next;
}

/** Drops the oldest entries beyond the limit, never the pinned or the shown one. */
function capped(entries: ProvenanceEntry[], pin: string | undefined): ProvenanceEntry[] {
  if (entries.length <= MAX_ENTRIES_PER_FIELD) return entries;
  const shown = pickEntry(entries, pin);
  const removable = entries
    .filter((e) => e !== shown && entryKey(e) !== pin)
    .sort((a, b) => a.capturedAt - b.capturedAt)
    .slice(0, entries.length - MAX_ENTRIES_PER_FIELD);
  return entries.filter((e) => !removable.includes(e));
}

/** One capture, manual entry or import row: the values it showed, where and when. */
export interface Observation {
  fields: CapturedFields;
  source: string;
  url?: string;
  at: number;
}

/**
 * Records what an observation showed and re-picks the shown values. `changed` is false when the
 * observation told nothing new (the same source and URL still show the same values): then the
 * lead is returned as it was, so the caller writes nothing.
 */
export function applyObservation<T extends Provenanced>(
  lead: T,
  observation: Observation,
): { lead: T; changed: boolean } {
  const sources = withLegacy(lead);
  let changed = false;
  for (const field of FIELD_NAMES) {
    const value = observation.fields[field];
    if (value === undefined || value === '') continue;
    const entries = sources[field] ?? [];
    const entry: ProvenanceEntry = { value, source: observation.source, capturedAt: observation.at };
    if (observation.url !== undefined) entry.url = observation.url;
    const sameOrigin = entries.filter((e) => e.source === entry.source && e.url === entry.url);
    const latest = pickNewest(sameOrigin);
    if (latest?.value === value) continue;
    const key = entryKey(entry);
    // A real source showing a legacy value explains it: the legacy entry goes.
    const rest = entries.filter(
      (e) =>
        entryKey(e) !== key && !(e.source === LEGACY_SOURCE && e.value === value && lead.pins?.[field] !== entryKey(e)),
    );
    sources[field] = capped([...rest, entry], lead.pins?.[field]);
    changed = true;
  }
  if (!changed) return { lead, changed: false };
  return { lead: resolve(lead, sources, { ...lead.pins }), changed: true };
}

function pickNewest(entries: readonly ProvenanceEntry[]): ProvenanceEntry | undefined {
  return entries.reduce<ProvenanceEntry | undefined>((n, e) => (!n || e.capturedAt >= n.capturedAt ? e : n), undefined);
}

/** Pins one of a field's known values (or unpins with null) and shows what the rule then picks. */
export function pinField<T extends Provenanced>(lead: T, field: FieldName, key: string | null): T {
  const sources = withLegacy(lead);
  const pins: Pins = { ...lead.pins };
  if (key === null) {
    delete pins[field];
  } else {
    if (!sources[field]?.some((e) => entryKey(e) === key)) throw new Error(`no such value of ${field} to pin`);
    pins[field] = key;
  }
  return resolve(lead, sources, pins);
}

/** Both leads' provenance as one: every entry once (the later sighting kept), the kept lead's pins first. */
function unionSources(kept: Provenanced, removed: Provenanced): { sources: FieldSources; pins: Pins } {
  const a = withLegacy(kept);
  const b = withLegacy(removed);
  const sources: FieldSources = {};
  for (const field of FIELD_NAMES) {
    const byKey = new Map<string, ProvenanceEntry>();
    for (const entry of [...(a[field] ?? []), ...(b[field] ?? [])]) {
      const key = entryKey(entry);
      const seen = byKey.get(key);
      if (!seen || entry.capturedAt > seen.capturedAt) byKey.set(key, entry);
    }
    if (byKey.size > 0) sources[field] = capped([...byKey.values()], kept.pins?.[field] ?? removed.pins?.[field]);
  }
  return { sources, pins: { ...removed.pins, ...kept.pins } };
}

/** When the lead's stage was last set by a person (0 if never). */
function lastPersonDecision(lead: LeadRecord): number {
  const decided = lead.stageHistory.filter((c) => c.cause === 'manual' || c.cause === 'outcome');
  return decided.reduce((max, c) => Math.max(max, c.at), 0);
}

/**
 * Two leads of one person as one record, keeping `kept.id`: identity keys, sources, tags and
 * provenance united, each field re-picked by the rule, stage histories interleaved. A stage a
 * person set (manual, outcome) beats one the score set; of two, the later decision wins. The
 * caller rescores the result.
 */
export function mergeLeadRecords(kept: LeadRecord, removed: LeadRecord, at: number): LeadRecord {
  const { sources, pins } = unionSources(kept, removed);
  const decider =
    removed.stageManual && (!kept.stageManual || lastPersonDecision(removed) > lastPersonDecision(kept))
      ? removed
      : kept;
  const merged: LeadRecord = {
    ...removed,
    ...kept,
    identityKeys: [...new Set([...kept.identityKeys, ...removed.identityKeys])],
    sources: [...new Set([...kept.sources, ...removed.sources])],
    tags: [...new Set([...kept.tags, ...removed.tags])],
    stage: decider.stage,
    stageManual: decider.stageManual,
    stageHistory: [...kept.stageHistory, ...removed.stageHistory].sort((x, y) => x.at - y.at),
    createdAt: Math.min(kept.createdAt, removed.createdAt),
    updatedAt: at,
    framework: kept.framework ?? removed.framework,
  };
  return resolve(merged, sources, pins);
}

/** Items of `now` that `before` did not have (by JSON value), in order. */
function added<T>(before: readonly T[], now: readonly T[]): T[] {
  const known = new Set(before.map((x) => JSON.stringify(x)));
  return now.filter((x) => !known.has(JSON.stringify(x)));
}

/**
 * Undoing a merge: the kept lead as it was before the merge (`snapshot`), plus whatever happened
 * to it after the merge (what `current` has that the merge's `result` did not): new identity
 * keys, sources, tags, field values, pins, stage changes and framework. Identical to `snapshot`
 * when nothing happened since.
 */
export function replayLaterChanges(snapshot: LeadRecord, result: LeadRecord, current: LeadRecord): LeadRecord {
  if (JSON.stringify(result) === JSON.stringify(current)) return snapshot;
  const sources = withLegacy(snapshot);
  const resultSources = result.fieldSources ?? {};
  for (const field of FIELD_NAMES) {
    const later = added(resultSources[field] ?? [], current.fieldSources?.[field] ?? []);
    if (later.length === 0) continue;
    const laterKeys = new Set(later.map(entryKey));
    sources[field] = [...(sources[field] ?? []).filter((e) => !laterKeys.has(entryKey(e))), ...later];
  }
  const pins: Pins = { ...snapshot.pins };
  for (const field of FIELD_NAMES) {
    if (current.pins?.[field] !== result.pins?.[field]) {
      const pin = current.pins?.[field];
      if (pin === undefined) delete pins[field];
      else pins[field] = pin;
    }
  }
  const laterHistory = current.stageHistory.slice(result.stageHistory.length);
  const restored: LeadRecord = {
    ...snapshot,
    identityKeys: [...new Set([...snapshot.identityKeys, ...added(result.identityKeys, current.identityKeys)])],
    sources: [...new Set([...snapshot.sources, ...added(result.sources, current.sources)])],
    tags: [...new Set([...snapshot.tags, ...added(result.tags, current.tags)])],
    stageHistory: [...snapshot.stageHistory, ...laterHistory],
    stage: laterHistory.length > 0 ? current.stage : snapshot.stage,
    stageManual: laterHistory.length > 0 ? current.stageManual : snapshot.stageManual,
    framework: current.framework === result.framework ? snapshot.framework : current.framework,
    updatedAt: Math.max(snapshot.updatedAt, current.updatedAt),
  };
  return resolve(restored, sources, pins);
}
