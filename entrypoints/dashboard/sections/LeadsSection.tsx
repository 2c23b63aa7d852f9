import { useCallback, useEffect, useState } from 'react';
import type { LeadsQuery } from '@/lib/db/leadsTable';
import { type LeadsLocation, leadsHash, parseLeadsHash } from '@/lib/leadsTableHash';
import { LeadDetail } from './LeadDetail';
import { LeadsOverview } from './LeadsOverview';

/** The table's query and open lead, from the URL hash; Back and pasted links change them. */
function useLeadsLocation(): [LeadsLocation, (query: LeadsQuery) => void] {
  const [where, setWhere] = useState(() => parseLeadsHash(location.hash));
  useEffect(() => {
    const onHash = () => setWhere(parseLeadsHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // Filters and sort replace the history entry (Back leaves the table, not each filter change).
  const setQuery = useCallback((query: LeadsQuery) => {
    history.replaceState(history.state, '', leadsHash(query));
    setWhere({ query, leadId: null });
  }, []);
  return [where, setQuery];
}

/** The leads table (#leads?filters…) or one lead opened from it (…&lead=<id>). */
export default function LeadsSection() {
  const [{ query, leadId }, setQuery] = useLeadsLocation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [now] = useState(() => new Date());
  const onQuery = useCallback(
    (next: LeadsQuery) => {
      // A selection is made among the leads a filter shows: a new filter starts a new one.
      if (JSON.stringify(next.filter) !== JSON.stringify(query.filter)) setSelected(new Set());
      setQuery(next);
    },
    [query.filter, setQuery],
  );

  if (leadId) return <LeadDetail leadId={leadId} backHref={leadsHash(query)} />;
  return <LeadsOverview query={query} onQuery={onQuery} selected={selected} onSelect={setSelected} now={now} />;
}
