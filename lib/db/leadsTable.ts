import type { LeadLensDB } from './database';
import { fold } from './leadQueries';
import { type LeadRecord, STAGES, type StageName, type StoredScore } from './records';
import { getSetting } from './settings';
import { findOverdueMqls } from './slaCheck';

/*
 * The dashboard's leads table at 100,000 leads. A query is answered in two steps:
 *  1. the ordered ids of the matching leads: read from index keys only (IDBIndex.getAllKeys through
 *     Dexie's primaryKeys()), intersected with the ids of each filter's index range. No lead record
 *     is read, except for a text search, which reads the candidates in bounded chunks and keeps
 *     only the ids that match.
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

/** Leads read per chunk while a text search scans them. */
const SCAN_CHUNK = 2_000;

type IndexedPath = 'score.total' | 'lastActivityAt' | 'createdAt';
const SORT_INDEX: Record<Exclude<LeadsSortKey, 'stage' | 'grade'>, IndexedPath> = {
  score: 'score.total',
  lastActivity: 'lastActivityAt',
  created: 'createdAt',
};

/**
 * Ids in the order of one index. Leads without the field (unscored, no activity yet) are not in
 * the index: they come last in either direction.
 */
async function indexOrder(db: LeadLensDB, index: IndexedPath, direction: SortDirection): Promise<string[]> {
  // Ascending keys come from one getAllKeys; reversing here is cheaper than a reverse cursor.
  const [keys, total] = await Promise.all([
    db.leads.orderBy(index).primaryKeys() as Promise<string[]>,
    // A count is much cheaper than every key: read the keys of the leads left out only if there are any.
    db.leads.count(),
  ]);
  if (direction === 'desc') keys.reverse();
  if (keys.length === total) return keys;
  const present = new Set(keys);
  const ids = (await db.leads.toCollection().primaryKeys()) as string[];
  return [...keys, ...ids.filter((id) => !present.has(id))];
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
): Promise<string[]> {
  const byScore = await indexOrder(db, 'score.total', 'desc');
  const groupOf = new Map<string, number>();
  await Promise.all(
    groups.map(async (group, i) => {
      for (const id of await db.leads.where(index).equals(group).primaryKeys()) groupOf.set(id as string, i);
    }),
  );
  const lists: string[][] = groups.map(() => []);
  const ungrouped: string[] = [];
  for (const id of byScore) {
    const group = groupOf.get(id);
    (group === undefined ? ungrouped : (lists[group] as string[])).push(id);
  }
  if (direction === 'desc') lists.reverse();
  return [...lists.flat(), ...ungrouped];
}

/** Every lead's id in the order of a sort (index keys only). */
export function sortedLeadIds(db: LeadLensDB, sort: LeadsSortKey, direction: SortDirection): Promise<string[]> {
  return db.transaction('r', db.leads, () => {
    if (sort === 'stage') return groupedOrder(db, 'stage', STAGES, direction);
    if (sort === 'grade') return groupedOrder(db, 'score.grade', GRADES, direction);
    return indexOrder(db, SORT_INDEX[sort], direction);
  });
}

export interface LeadsHead {
  /** The first ids in the sort's order. */
  ids: string[];
  /** How many leads there are in all. */
  total: number;
}

/**
 * The first `limit` ids of an unfiltered sort by score, last activity or created, and the number
 * of leads: a cursor that stops early, so the table paints its first rows without reading every
 * key (sortedLeadIds does that next, for scrolling anywhere). Null for the grouped sorts.
 */
export function leadsHead(
  db: LeadLensDB,
  sort: LeadsSortKey,
  direction: SortDirection,
  limit: number,
): Promise<LeadsHead | null> {
  if (sort === 'stage' || sort === 'grade') return Promise.resolve(null);
  return db.transaction('r', db.leads, async () => {
    const ordered = db.leads.orderBy(SORT_INDEX[sort]);
    const [ids, total] = await Promise.all([
      (direction === 'desc' ? ordered.reverse() : ordered).limit(limit).primaryKeys() as Promise<string[]>,
      db.leads.count(),
    ]);
    // Leads without the field come after the indexed ones: the head is exact only when it is full or all.
    return ids.length === limit || ids.length === total ? { ids, total } : null;
  });
}

const SEPARATORS = /[\s\-'’.,@_/()]+/;

/** The folded words of a text: "Jan de Vries" → jan, de, vries; "jan@acme.nl" → jan, acme, nl. */
function words(text: string | undefined): string[] {
  return text ? fold(text).split(SEPARATORS).filter(Boolean) : [];
}

/** The words a search asks for; none for a blank search. */
export function searchWords(search: string): string[] {
  return words(search.slice(0, 200));
}

/** Every search word starts some word of the lead's name, company, title or email. */
export function leadMatchesSearch(lead: LeadRecord, wanted: readonly string[]): boolean {
  const own = [lead.name, lead.company, lead.title, lead.email].flatMap(words);
  return wanted.every((w) => own.some((o) => o.startsWith(w)));
}

/** The ids of one filter's values, from its index (a multi-entry index may list an id twice). */
async function indexMatches(
  db: LeadLensDB,
  index: 'stage' | 'score.grade' | 'sources' | 'country' | 'tags',
  values: readonly string[],
): Promise<Set<string>> {
  return new Set(
    (await db.leads
      .where(index)
      .anyOf([...values])
      .primaryKeys()) as string[],
  );
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (!a) return b;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((id) => large.has(id)));
}

/** Matching leads of a text search, read in chunks: the candidates by id, or every lead by key ranges. */
async function searchMatches(db: LeadLensDB, candidates: Set<string> | null, wanted: string[]): Promise<Set<string>> {
  const matched = new Set<string>();
  const check = (leads: readonly (LeadRecord | undefined)[]) => {
    for (const lead of leads) if (lead && leadMatchesSearch(lead, wanted)) matched.add(lead.id);
  };
  if (candidates) {
    const ids = [...candidates];
    for (let i = 0; i < ids.length; i += SCAN_CHUNK) check(await db.leads.bulkGet(ids.slice(i, i + SCAN_CHUNK)));
    return matched;
  }
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? db.leads.orderBy('id') : db.leads.where('id').above(after);
    const chunk = await range.limit(SCAN_CHUNK).toArray();
    check(chunk);
    if (chunk.length < SCAN_CHUNK) return matched;
    after = chunk[chunk.length - 1]?.id;
  }
}

/**
 * The ids a filter keeps, or null when it keeps every lead. Read apart from the sort's order, so
 * a caller keeps that order while only the filter changes (lib/hooks/useLeadsTable).
 */
export function matchingLeadIds(db: LeadLensDB, filter: LeadsFilter, now: Date): Promise<Set<string> | null> {
  return db.transaction('r', [db.leads, db.activities, db.settings], async () => {
    let kept: Set<string> | null = null;
    const byIndex = [
      ['stage', filter.stages],
      ['score.grade', filter.grades],
      ['sources', filter.sources],
      ['country', filter.countries],
      ['tags', filter.tags],
    ] as const;
    for (const [index, values] of byIndex) {
      if (values && values.length > 0) kept = intersect(kept, await indexMatches(db, index, values));
    }
    if (filter.overdue) {
      const overdue = await findOverdueMqls(db, await getSetting(db, 'sla-hours'), now, new Set());
      kept = intersect(kept, new Set(overdue.map((o) => o.leadId)));
    }
    const wanted = searchWords(filter.search ?? '');
    if (wanted.length > 0) kept = await searchMatches(db, kept, wanted);
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

/** The values the source, country and tag filters can take: each index's distinct keys. */
export async function filterOptions(db: LeadLensDB): Promise<FilterOptions> {
  const distinct = async (index: 'sources' | 'country' | 'tags') =>
    (await db.leads.orderBy(index).uniqueKeys()).map(String);
  const [sources, countries, tags] = await Promise.all([distinct('sources'), distinct('country'), distinct('tags')]);
  return { sources, countries, tags };
}
