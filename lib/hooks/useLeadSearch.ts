import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from '../db/database';
import { type LeadSearchResult, searchLeads } from '../db/leadQueries';

/** Typing pause before the database is asked, so a fast typist causes one search, not one per key. */
const SEARCH_DEBOUNCE_MS = 150;

export interface LeadSearch {
  /** Results for the latest query searched; while `searching`, those of the previous query. */
  results: LeadSearchResult[];
  /** The query has changed and its results are not in yet. */
  searching: boolean;
}

/** Live search over the leads (see `searchLeads`), debounced; an empty query clears at once. */
export function useLeadSearch(query: string, limit = 20): LeadSearch {
  const wanted = query.trim();
  const [debounced, setDebounced] = useState(wanted);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(wanted), wanted === '' ? 0 : SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  // The result carries its query, so a stale answer is never mistaken for the current one.
  const live = useLiveQuery(
    async () => ({ query: debounced, results: await searchLeads(getDatabase(), debounced, limit) }),
    [debounced, limit],
  );
  if (wanted === '') return { results: [], searching: false };
  return { results: live?.results ?? [], searching: live?.query !== wanted };
}
