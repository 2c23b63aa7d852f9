import Dexie from 'dexie';
import { matchesSearch, queryWords } from '../leads/searchWords';
import type { LeadLensDB } from './database';
import { FILTER_INDEXES, GRADES, type LeadsFilter, type LeadsQuery, SORT_INDEX } from './leadsTable';
import { type LeadRecord, STAGES } from './records';
import { getSetting } from './settings';
import { findOverdueMqls } from './slaCheck';

/*
 * The first rows of any query, fast, before the whole order is known (lib/db/leadsTable reads every
 * index key for that: seconds at 100,000 leads). Two ways, whichever the query allows:
 *  - a small set: when one filter part or search word matches at most `smallSet` leads (a tag, a
 *    country, a name), those leads are read and sorted here: the complete answer at once.
 *  - a walk: otherwise the sort's index is walked from the top, testing each lead, until the first
 *    rows are found (an MQL filter on a score sort reads a few hundred leads) or `walkLimit` leads
 *    were read without filling them: then only the whole order will do.
 */

interface FirstRowsLimits {
  /** A filter part matching at most this many leads is answered by reading them all. */
  smallSet: number;
  /** Leads a walk reads at most before it gives up. */
  walkLimit: number;
}
/** About 150 ms of reading each, at 100,000 leads in Chromium on the benchmark machine. */
const LIMITS: FirstRowsLimits = { smallSet: 2_000, walkLimit: 3_000 };

export interface FirstRows {
  /** The first `limit` leads, in order. */
  leads: LeadRecord[];
  /** Every matching id in order when `complete`; else the ids of `leads`. */
  ids: string[];
  /** True when `ids` are all the leads the query matches (the small-set way, or a walk that ended). */
  complete: boolean;
}

const ids = (leads: readonly LeadRecord[]) => leads.map((lead) => lead.id);

/** The whole filter, on one lead: the same test the indexes answer in lib/db/leadsTable. */
function keeps(lead: LeadRecord, filter: LeadsFilter, words: readonly string[], overdue: ReadonlySet<string> | null) {
  const any = (wanted: readonly string[] | undefined, have: readonly (string | undefined)[]) =>
    !wanted?.length || have.some((h) => h !== undefined && wanted.includes(h));
  return (
    any(filter.stages, [lead.stage]) &&
    any(filter.grades, [lead.score?.grade]) &&
    any(filter.sources, lead.sources) &&
    any(filter.countries, [lead.country]) &&
    any(filter.tags, lead.tags) &&
    (!overdue || overdue.has(lead.id)) &&
    matchesSearch(lead, words)
  );
}

const SORT_VALUE = {
  score: (lead: LeadRecord) => lead.score?.total,
  lastActivity: (lead: LeadRecord) => lead.lastActivityAt,
  created: (lead: LeadRecord) => lead.createdAt,
} as const;
const GROUPS = {
  stage: (lead: LeadRecord) => lead.stage as string,
  grade: (lead: LeadRecord) => lead.score?.grade,
} as const;

/**
 * Sorts leads in the order lib/db/leadsTable gives: an index's order (equal keys by id, both
 * reversed for descending), leads without the value last by id; stage and grade in groups.
 */
function sortLikeIndexes(leads: LeadRecord[], query: Pick<LeadsQuery, 'sort' | 'direction'>): LeadRecord[] {
  const { sort, direction } = query;
  const byId = (a: LeadRecord, b: LeadRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sortValue = SORT_VALUE[sort === 'stage' || sort === 'grade' ? 'score' : sort];
  const sign = sort === 'stage' || sort === 'grade' || direction === 'desc' ? -1 : 1;
  const present = leads.filter((l) => sortValue(l) !== undefined);
  present.sort((a, b) => sign * ((sortValue(a) as number) - (sortValue(b) as number) || byId(a, b)));
  const ordered = [...present, ...leads.filter((l) => sortValue(l) === undefined).sort(byId)];
  if (sort !== 'stage' && sort !== 'grade') return ordered;
  const groups: readonly string[] = sort === 'stage' ? STAGES : GRADES;
  const order = direction === 'desc' ? [...groups].reverse() : groups;
  const rank = (lead: LeadRecord) => {
    const i = order.indexOf(GROUPS[sort](lead) ?? '');
    return i < 0 ? order.length : i;
  };
  // Stable: within a group the score order above stays.
  return ordered.sort((a, b) => rank(a) - rank(b));
}

/** The ids of one filter part or search word, or null when it matches more than `most` leads. */
async function smallPart(ranges: (() => Promise<string[]>)[], most: number): Promise<Set<string> | null> {
  const ids = new Set<string>();
  for (const range of ranges) {
    for (const id of await range()) ids.add(id);
    if (ids.size > most) return null;
  }
  return ids;
}

/** The smallest set of candidate ids any one part of the filter allows, if one is small. */
async function smallCandidates(db: LeadLensDB, filter: LeadsFilter, words: readonly string[], most: number) {
  const limit = most + 1;
  const parts: (() => Promise<string[]>)[][] = [
    ...FILTER_INDEXES.flatMap(([index, values]) => {
      const wanted = values(filter);
      if (!wanted?.length) return [];
      return [wanted.map((v) => () => db.leads.where(index).equals(v).limit(limit).primaryKeys() as Promise<string[]>)];
    }),
    ...words.map((w) => [
      () => db.leads.where('searchWords').startsWith(w).limit(limit).primaryKeys() as Promise<string[]>,
    ]),
  ];
  let best: Set<string> | null = null;
  for (const part of parts) {
    const ids = await smallPart(part, most);
    if (ids && (!best || ids.size < best.size)) best = ids;
  }
  return best;
}

/**
 * The first rows of a sort by stage or grade: group after group (funnel order, or A first), each
 * walked by score through the compound index ([stage+score.total], [score.grade+score.total]).
 * Null when a walk cannot fill the rows: too few matches within `walkLimit` leads, or a group's
 * unscored leads (not in the index) would be next, or the groups run out (ungraded leads come last).
 */
async function groupedFirstRows(
  db: LeadLensDB,
  sort: 'stage' | 'grade',
  direction: LeadsQuery['direction'],
  test: (lead: LeadRecord) => boolean,
  limit: number,
  walkLimit: number,
): Promise<FirstRows | null> {
  const index = sort === 'stage' ? '[stage+score.total]' : '[score.grade+score.total]';
  const all: readonly string[] = sort === 'stage' ? STAGES : GRADES;
  const found: LeadRecord[] = [];
  let read = 0;
  for (const group of direction === 'desc' ? [...all].reverse() : all) {
    let walked = 0;
    await db.leads
      .where(index)
      .between([group, Dexie.minKey], [group, Dexie.maxKey])
      .reverse()
      .until(() => found.length >= limit || read >= walkLimit)
      .each((lead) => {
        read += 1;
        walked += 1;
        if (test(lead)) found.push(lead);
      });
    if (found.length >= limit) return { leads: found, ids: ids(found), complete: false };
    if (read >= walkLimit) return null;
    // The group's scored leads are done: unscored ones would come next, and only a count tells.
    const members = await db.leads
      .where(sort === 'stage' ? 'stage' : 'score.grade')
      .equals(group)
      .limit(walked + 1)
      .primaryKeys();
    if (members.length > walked) return null;
  }
  return null;
}

/**
 * The first `limit` leads a query matches, in its order, without reading the whole order; null
 * when neither way can tell them quickly (a wide filter on a grouped sort, or one too selective
 * for a walk yet with no small part).
 */
export async function firstRows(
  db: LeadLensDB,
  query: LeadsQuery,
  now: Date,
  limit: number,
  limits: FirstRowsLimits = LIMITS,
): Promise<FirstRows | null> {
  const { filter, sort, direction } = query;
  const { smallSet, walkLimit } = limits;
  const words = queryWords(filter.search ?? '');
  return db.transaction('r', [db.leads, db.activities, db.settings], async () => {
    const overdue = filter.overdue
      ? new Set((await findOverdueMqls(db, await getSetting(db, 'sla-hours'), now, new Set())).map((o) => o.leadId))
      : null;
    const test = (lead: LeadRecord) => keeps(lead, filter, words, overdue);

    const small = overdue && overdue.size <= smallSet ? overdue : await smallCandidates(db, filter, words, smallSet);
    if (small) {
      const leads = (await db.leads.bulkGet([...small])).filter((l): l is LeadRecord => !!l && test(l));
      const sorted = sortLikeIndexes(leads, query);
      return { leads: sorted.slice(0, limit), ids: ids(sorted), complete: true };
    }
    if (sort === 'stage' || sort === 'grade') return groupedFirstRows(db, sort, direction, test, limit, walkLimit);

    const found: LeadRecord[] = [];
    let read = 0;
    const ordered = db.leads.orderBy(SORT_INDEX[sort]);
    // One cursor down the index (Dexie steps it per lead, about as fast here as getAll in batches).
    await (direction === 'desc' ? ordered.reverse() : ordered)
      .until(() => found.length >= limit || read >= walkLimit)
      .each((lead) => {
        read += 1;
        if (test(lead)) found.push(lead);
      });
    if (found.length >= limit) return { leads: found, ids: ids(found), complete: false };
    if (read >= walkLimit) return null;
    // The index ended: the answer, unless leads without the sorted value (not in it) are left to
    // test. A bounded read tells, not a count (Chromium steps through every entry to count).
    const stored = await db.leads.limit(read + 1).primaryKeys();
    return stored.length === read ? { leads: found, ids: ids(found), complete: true } : null;
  });
}
