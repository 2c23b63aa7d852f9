import Dexie, { type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '../db/database';
import { firstRows } from '../db/leadsFirstRows';
import {
  type FilterOptions,
  filterOptions,
  keepMatching,
  type LeadsQuery,
  leadsWindow,
  matchingLeadIds,
  sortedLeadIds,
} from '../db/leadsTable';
import type { ActivityRecord, LeadRecord } from '../db/records';

export interface LeadIds {
  /** The query these ids answer (JSON), so a stale answer is never taken for the current one. */
  key: string;
  ids: string[];
  /** The first rows' leads, read with the answer, shown before a window of rows is read. */
  leads?: LeadRecord[];
  /** How many leads match; ids.length, which is not all of them while `complete` is false. */
  total: number;
  /** False while only the first rows are known (scrolling further waits for the rest). */
  complete: boolean;
}

/** Rows known before the whole order is read: a screen and a half. */
const HEAD_ROWS = 60;

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
 * first answer; while a new answer is computed the previous one stays. First the first rows
 * (lib/db/leadsFirstRows: a bounded read), then, unless those are the whole answer, every id in
 * order (lib/db/leadsTable: seconds at 100,000 leads), for the total and for scrolling anywhere.
 * Not a liveQuery on purpose: a liveQuery records every key it reads to know what to watch, which
 * for 100,000 ids costs more than reading them; here any change to the queried tables asks again.
 */
export function useLeadIds(query: LeadsQuery, now: Date): LeadIds | undefined {
  const key = JSON.stringify(query);
  const version = useQueriedTablesVersion();
  const [found, setFound] = useState<LeadIds>();
  // A sort's order is read once per change of the tables: a new filter or search reuses it.
  const order = useRef<{ key: string; ids: Promise<string[]>; done: boolean; stop: AbortController }>(undefined);
  const nowMs = now.getTime();
  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(key) as LeadsQuery;
    const db = getDatabase();
    const at = new Date(nowMs);
    const wholeOrder = () => {
      const orderKey = `${parsed.sort} ${parsed.direction} ${version}`;
      if (order.current?.key !== orderKey) {
        const stop = new AbortController();
        const ids = sortedLeadIds(db, parsed.sort, parsed.direction, { signal: stop.signal });
        const entry = { key: orderKey, ids, done: false, stop };
        ids.then(
          () => {
            entry.done = true;
          },
          () => {},
        );
        order.current = entry;
      }
      return order.current.ids;
    };
    (async () => {
      const first = await firstRows(db, parsed, at, HEAD_ROWS);
      if (!current) return;
      if (first) {
        setFound({ key, ids: first.ids, leads: first.leads, total: first.ids.length, complete: first.complete });
        if (first.complete) return;
      }
      const [ids, kept] = await Promise.all([wholeOrder(), matchingLeadIds(db, parsed.filter, at)]);
      const matching = keepMatching(ids, kept);
      if (current) setFound({ key, ids: matching, total: matching.length, complete: true });
    })().catch((error: unknown) => {
      if (current) console.error('leads table query failed', error);
    });
    return () => {
      current = false;
      // A whole order still being read would make the next query's first rows wait their turn
      // behind each of its requests: stop it (the next query reads it again if it needs it).
      if (order.current && !order.current.done) {
        order.current.stop.abort();
        order.current = undefined;
      }
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
  known?: readonly LeadRecord[],
): (index: number) => LeadRecord | undefined {
  const start = Math.floor(first / BLOCK) * BLOCK;
  const end = (Math.floor(last / BLOCK) + 1) * BLOCK;
  const rows = useLiveQuery(async () => (ids ? leadsWindow(getDatabase(), ids, start, end) : []), [ids, start, end]);
  const byId = useMemo(
    () => new Map([...(known ?? []), ...(rows ?? [])].flatMap((lead) => (lead ? [[lead.id, lead] as const] : []))),
    [known, rows],
  );
  return (index) => {
    const id = ids?.[index];
    return id === undefined ? undefined : byId.get(id);
  };
}

/**
 * The sources, countries and tags present, for the filter menus, read again when leads change.
 * Read only once `ready` (the table's first rows are shown): it never delays them.
 */
export function useFilterOptions(ready: boolean): FilterOptions | undefined {
  const version = useQueriedTablesVersion();
  const [options, setOptions] = useState<FilterOptions>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means the leads changed: read again
  useEffect(() => {
    if (!ready) return;
    let current = true;
    filterOptions(getDatabase()).then(
      (found) => current && setOptions(found),
      (error: unknown) => console.error('leads table filter options failed', error),
    );
    return () => {
      current = false;
    };
  }, [ready, version]);
  return options;
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
