import Dexie, { type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '../db/database';
import {
  type FilterOptions,
  filterOptions,
  keepMatching,
  type LeadsQuery,
  leadsHead,
  leadsWindow,
  matchingLeadIds,
  sortedLeadIds,
} from '../db/leadsTable';
import type { ActivityRecord, LeadRecord } from '../db/records';

export interface LeadIds {
  /** The query these ids answer (JSON), so a stale answer is never taken for the current one. */
  key: string;
  ids: string[];
  /** How many leads match; more than ids.length while only the first rows are known. */
  total: number;
  /** False while only the first rows are known (scrolling further waits for the rest). */
  complete: boolean;
}

/** Rows known before the whole order is read: a few screens. */
const HEAD_ROWS = 200;

/** Bursts of writes (a rescore writes in chunks) cause one new query, at most this often. */
const REQUERY_AFTER_MS = 250;
/** What a query reads: leads, plus activities and settings for the SLA-overdue filter. */
const QUERIED_TABLES = ['leads', 'activities', 'settings'];

/**
 * Counts the changes to the queried tables from any LeadLens context (Dexie's storagemutated
 * event, which the background's writes reach too), bursts coalesced.
 */
function useQueriedTablesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const prefixes = QUERIED_TABLES.map((table) => `idb://${getDatabase().name}/${table}/`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (parts: ObservabilitySet) => {
      if (timer || !Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) return;
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, REQUERY_AFTER_MS);
    };
    Dexie.on('storagemutated', onChange);
    return () => {
      Dexie.on('storagemutated').unsubscribe(onChange);
      clearTimeout(timer);
    };
  }, []);
  return version;
}

/**
 * The ordered ids of the leads a query matches, kept current as leads change. Undefined until the
 * first answer; while a new answer is computed the previous one stays. Not a liveQuery on purpose:
 * a liveQuery records every key it reads to know what to watch, which for 100,000 ids costs more
 * than reading them; here any change to the queried tables simply asks again.
 */
export function useLeadIds(query: LeadsQuery, now: Date): LeadIds | undefined {
  const key = JSON.stringify(query);
  const version = useQueriedTablesVersion();
  const [found, setFound] = useState<LeadIds>();
  // A sort's order is read once per change of the tables: a new filter or search reuses it.
  const order = useRef<{ key: string; ids: Promise<string[]> }>(undefined);
  const nowMs = now.getTime();
  useEffect(() => {
    let current = true;
    const { sort, direction, filter } = JSON.parse(key) as LeadsQuery;
    const db = getDatabase();
    const orderKey = `${sort} ${direction} ${version}`;
    const fresh = order.current?.key !== orderKey;
    if (fresh) order.current = { key: orderKey, ids: sortedLeadIds(db, sort, direction) };
    let done = false;
    // A new order without a filter: paint the first rows from a short cursor while every key is read.
    if (fresh && Object.keys(filter).length === 0) {
      leadsHead(db, sort, direction, HEAD_ROWS).then(
        (head) => current && !done && head && setFound({ key, ids: head.ids, total: head.total, complete: false }),
        (error: unknown) => console.error('leads table first rows failed', error),
      );
    }
    Promise.all([order.current?.ids ?? [], matchingLeadIds(db, filter, new Date(nowMs))]).then(
      ([ids, kept]) => {
        done = true;
        const matching = keepMatching(ids, kept);
        if (current) setFound({ key, ids: matching, total: matching.length, complete: true });
      },
      (error: unknown) => console.error('leads table query failed', error),
    );
    return () => {
      current = false;
    };
  }, [key, nowMs, version]);
  return found;
}

/** Rows are read in blocks of this many, so scrolling a few rows does not ask the database again. */
const BLOCK = 50;

/**
 * The leads of the rows `first`..`last` (the visible rows plus overscan), live, read a block-aligned
 * window at a time. Returns a look-up by row index; rows not read yet give undefined. Leads are
 * found by id, so while a new window loads the rows already read stay right, never shifted.
 */
export function useLeadsWindow(
  ids: readonly string[] | undefined,
  first: number,
  last: number,
): (index: number) => LeadRecord | undefined {
  const start = Math.floor(first / BLOCK) * BLOCK;
  const end = (Math.floor(last / BLOCK) + 1) * BLOCK;
  const rows = useLiveQuery(async () => (ids ? leadsWindow(getDatabase(), ids, start, end) : []), [ids, start, end]);
  const byId = useMemo(() => new Map((rows ?? []).flatMap((lead) => (lead ? [[lead.id, lead] as const] : []))), [rows]);
  return (index) => {
    const id = ids?.[index];
    return id === undefined ? undefined : byId.get(id);
  };
}

/** The sources, countries and tags present, for the filter menus, live. */
export function useFilterOptions(): FilterOptions | undefined {
  return useLiveQuery(() => filterOptions(getDatabase()), []);
}

export interface LeadActivities {
  /** Newest first, at most `limit`. */
  activities: ActivityRecord[];
  total: number;
}

/** A lead's activities, newest first, the first `limit` of them ([leadId+at] index), and how many there are. */
export function useLeadActivities(leadId: string, limit: number): LeadActivities | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const range = db.activities.where('[leadId+at]').between([leadId, Dexie.minKey], [leadId, Dexie.maxKey]);
    const [activities, total] = await Promise.all([
      range.clone().reverse().limit(limit).toArray(),
      db.activities.where('leadId').equals(leadId).count(),
    ]);
    return { activities, total };
  }, [leadId, limit]);
}
