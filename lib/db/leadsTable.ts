import Dexie from 'dexie';
import { queryWords } from '../leads/searchWords';
import type { LeadLensDB } from './database';
import { type LeadRecord, STAGES, type StageName, type StoredScore } from './records';
import { getSetting } from './settings';
import { findOverdueMqls } from './slaCheck';
import { leadIdsWithWords } from './wordSearch';

/*
 * The dashboard's leads table at 100,000 leads. A query is answered in two steps:
 *  1. the ordered ids of the matching leads: read from index keys only (IDBIndex.getAllKeys through
 *     Dexie's primaryKeys()), intersected with the ids of each filter's index range; a text search
 *     is ranges of the word index (schema v5). No lead record is read.
 *  2. a window of rows (what the table shows, plus overscan): one bulkGet of those ids.
 * So the total is exact, any scroll position is one bulkGet away (no cursor walking past skipped
 * rows), and at most one window of leads is held in memory.
 */

export const LEADS_SORT_KEYS = ['score', 'stage', 'grade', 'lastActivity', 'created'] as const;
export type LeadsSortKey = (typeof LEADS_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export const GRADES = ['A', 'B', 'C', 'D'] as const satisfies readonly StoredScore['grade'][];
export type Grade = (typeof GRADES)[number];

export interface LeadsFilter {
  stages?: readonly StageName[];
  grades?: readonly Grade[];
  sources?: readonly string[];
  /** ISO country codes. */
  countries?: readonly string[];
  tags?: readonly string[];
  /** Only MQLs past the speed-to-lead SLA without a first touch (settings 'sla-hours'). */
  overdue?: boolean;
  /** Every word starts a word of the name, company, title or email (case and accents ignored). */
  search?: string;
}

export interface LeadsQuery {
  filter: LeadsFilter;
  sort: LeadsSortKey;
  direction: SortDirection;
}

type IndexedPath = 'score.total' | 'lastActivityAt' | 'createdAt';
export const SORT_INDEX: Record<Exclude<LeadsSortKey, 'stage' | 'grade'>, IndexedPath> = {
  score: 'score.total',
  lastActivity: 'lastActivityAt',
  created: 'createdAt',
};

export type FilterIndex = 'stage' | 'score.grade' | 'sources' | 'country' | 'tags';
/** Each filter that an index answers, with the values a filter asks of it. */
export const FILTER_INDEXES: readonly [FilterIndex, (filter: LeadsFilter) => readonly string[] | undefined][] = [
  ['stage', (f) => f.stages],
  ['score.grade', (f) => f.grades],
  ['sources', (f) => f.sources],
  ['country', (f) => f.countries],
  ['tags', (f) => f.tags],
];

/** Keys read per request by the whole-order reads below. */
const PART = 1_000;

interface ReadInParts {
  /** Keys per request. */
  size: number;
  signal?: AbortSignal;
}

/**
 * Every primary key, ascending, PART at a time (each part starts above the last key read).
 * IndexedDB answers requests one at a time and one request for every key takes seconds at
 * 100,000 leads in Chromium: between parts, the first rows of the next query get their turn.
 */
async function primaryKeysInParts(db: LeadLensDB, read: ReadInParts): Promise<string[]> {
  const parts: string[][] = [];
  let after: string | undefined;
  for (;;) {
    read.signal?.throwIfAborted();
    const range = after === undefined ? db.leads.toCollection() : db.leads.where(':id').above(after);
    const part = (await range.limit(read.size).primaryKeys()) as string[];
    parts.push(part);
    if (part.length < read.size) return parts.flat();
    after = part[part.length - 1];
  }
}

/**
 * The ids in one index's ascending order (equal keys by id), PART at a time, for the same reason.
 * A part ends inside a run of equal keys: that key's ids are read whole, and the next part starts
 * above it.
 */
async function indexKeysInParts(db: LeadLensDB, index: IndexedPath, read: ReadInParts): Promise<string[]> {
  const parts: string[][] = [];
  let above: number | undefined;
  for (;;) {
    read.signal?.throwIfAborted();
    const range = above === undefined ? db.leads.orderBy(index) : db.leads.where(index).above(above);
    const part = (await range.limit(read.size).primaryKeys()) as string[];
    const lastId = part[part.length - 1];
    if (part.length < read.size || lastId === undefined) return [...parts, part].flat();
    // Inside one read-only transaction the lead is still there.
    const key = Dexie.getByKeyPath((await db.leads.get(lastId)) as LeadRecord, index) as number;
    const ties = (await db.leads.where(index).equals(key).primaryKeys()) as string[];
    const tieSet = new Set(ties);
    // The part's tail holds the first of the ties, in the same (id) order as `ties`.
    let kept = part.length;
    while (kept > 0 && tieSet.has(part[kept - 1] as string)) kept -= 1;
    parts.push(part.slice(0, kept), ties);
    above = key;
  }
}

/**
 * Ids in the order of one index. Leads without the field (unscored, no activity yet) are not in
 * the index: they come last in either direction.
 */
async function indexOrder(
  db: LeadLensDB,
  index: IndexedPath,
  direction: SortDirection,
  read: ReadInParts,
): Promise<string[]> {
  const keys = await indexKeysInParts(db, index, read);
  if (direction === 'desc') keys.reverse();
  // Every id (not a count: Chromium counts by stepping through every entry, in one long request).
  const all = await primaryKeysInParts(db, read);
  if (keys.length === all.length) return keys;
  const present = new Set(keys);
  return [...keys, ...all.filter((id) => !present.has(id))];
}

/**
 * Ids grouped by stage (funnel order) or grade (A first), highest score first within a group;
 * descending reverses the groups, not the scores. Leads without a grade come last.
 */
async function groupedOrder(
  db: LeadLensDB,
  index: 'stage' | 'score.grade',
  groups: readonly string[],
  direction: SortDirection,
  read: ReadInParts,
): Promise<string[]> {
  const groupOf = new Map<string, number>();
  const members = await Promise.all(groups.map((group) => db.leads.where(index).equals(group).primaryKeys()));
  for (const [i, ids] of members.entries()) for (const id of ids) groupOf.set(id as string, i);
  // Last: after indexOrder's chain of awaits, a further request could find the transaction
  // already committed (Dexie keeps it alive across native awaits only so far).
  const byScore = await indexOrder(db, 'score.total', 'desc', read);
  const lists: string[][] = groups.map(() => []);
  const ungrouped: string[] = [];
  for (const id of byScore) {
    const group = groupOf.get(id);
    (group === undefined ? ungrouped : (lists[group] as string[])).push(id);
  }
  if (direction === 'desc') lists.reverse();
  return [...lists.flat(), ...ungrouped];
}

/**
 * Every lead's id in the order of a sort (index keys only), read `size` keys per request; an
 * aborted `signal` stops the reading between requests (the caller has moved on to another query).
 */
export function sortedLeadIds(
  db: LeadLensDB,
  sort: LeadsSortKey,
  direction: SortDirection,
  read: Partial<ReadInParts> = {},
): Promise<string[]> {
  const parts = { size: PART, ...read };
  return db.transaction('r', db.leads, () => {
    if (sort === 'stage') return groupedOrder(db, 'stage', STAGES, direction, parts);
    if (sort === 'grade') return groupedOrder(db, 'score.grade', GRADES, direction, parts);
    return indexOrder(db, SORT_INDEX[sort], direction, parts);
  });
}

/**
 * The ids of one filter's values, from its index (a multi-entry index may list an id twice). One
 * key range per value, each read whole (getAllKeys), not anyOf: Dexie answers anyOf by stepping a
 * cursor entry by entry, about ten times slower on a range of thousands.
 */
async function indexMatches(db: LeadLensDB, index: FilterIndex, values: readonly string[]): Promise<Set<string>> {
  const lists = await Promise.all(values.map((value) => db.leads.where(index).equals(value).primaryKeys()));
  return new Set(lists.flat() as string[]);
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (!a) return b;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((id) => large.has(id)));
}

/**
 * The ids a filter keeps, or null when it keeps every lead. Read apart from the sort's order, so
 * a caller keeps that order while only the filter changes (lib/hooks/useLeadsTable).
 */
export function matchingLeadIds(db: LeadLensDB, filter: LeadsFilter, now: Date): Promise<Set<string> | null> {
  return db.transaction('r', [db.leads, db.activities, db.settings], async () => {
    let kept: Set<string> | null = null;
    for (const [index, valuesOf] of FILTER_INDEXES) {
      const values = valuesOf(filter);
      if (values && values.length > 0) kept = intersect(kept, await indexMatches(db, index, values));
    }
    if (filter.overdue) {
      const overdue = await findOverdueMqls(db, await getSetting(db, 'sla-hours'), now, new Set());
      kept = intersect(kept, new Set(overdue.map((o) => o.leadId)));
    }
    const wanted = queryWords(filter.search ?? '');
    if (wanted.length > 0) kept = intersect(kept, await leadIdsWithWords(db, wanted));
    return kept;
  });
}

/** A sort's ids with only those a filter keeps, in order. */
export function keepMatching(order: readonly string[], kept: ReadonlySet<string> | null): string[] {
  return kept ? order.filter((id) => kept.has(id)) : [...order];
}

/** The rows from `start` up to (not including) `end` of a query's ids: one bulkGet. */
export async function leadsWindow(
  db: LeadLensDB,
  ids: readonly string[],
  start: number,
  end: number,
): Promise<(LeadRecord | undefined)[]> {
  return db.leads.bulkGet(ids.slice(Math.max(0, start), Math.max(0, end)));
}

export interface FilterOptions {
  sources: string[];
  countries: string[];
  tags: string[];
}

/**
 * A string index's distinct keys, seeking past each key to the next (key + "\0"): a few reads per
 * value. Not uniqueKeys(): Chromium answers its 'nextunique' cursor by stepping over every entry of
 * a key, about 2 s for the three filter indexes at 100,000 leads.
 */
async function distinctKeys(db: LeadLensDB, index: 'sources' | 'country' | 'tags'): Promise<string[]> {
  await db.open();
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction('leads').objectStore('leads').index(index).openKeyCursor();
    const keys: string[] = [];
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(keys);
      const key = String(cursor.key);
      keys.push(key);
      cursor.continue(`${key}\u0000`);
    };
    request.onerror = () => reject(request.error);
  });
}

/** The values the source, country and tag filters can take: each index's distinct keys. */
export async function filterOptions(db: LeadLensDB): Promise<FilterOptions> {
  const [sources, countries, tags] = await Promise.all(
    (['sources', 'country', 'tags'] as const).map((index) => distinctKeys(db, index)),
  );
  return { sources: sources ?? [], countries: countries ?? [], tags: tags ?? [] };
}
