import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { followUpsDue, hotLeads } from '../db/leadQueries';
import type { LeadRecord } from '../db/records';

/** One lead, live: re-renders when a capture or rescore changes it. `undefined` while loading. */
export function useLead(leadId: string | null): LeadRecord | null | undefined {
  const found = useLiveQuery(
    async () => ({ leadId, lead: leadId ? ((await getDatabase().leads.get(leadId)) ?? null) : null }),
    [leadId],
  );
  // useLiveQuery keeps the previous answer while a new id loads: never show it for the new id.
  return found?.leadId === leadId ? found.lead : undefined;
}

/** The most recently updated leads, newest first (an index range, never a full scan). */
export function useRecentLeads(limit: number): LeadRecord[] | undefined {
  return useLiveQuery(() => getDatabase().leads.orderBy('updatedAt').reverse().limit(limit).toArray(), [limit]);
}

/** Several leads by id, live, in the order given (missing ones left out). */
export function useLeadsByIds(ids: readonly string[]): LeadRecord[] | undefined {
  return useLiveQuery(async () => {
    const found = await getDatabase().leads.bulkGet([...ids]);
    return found.filter((lead): lead is LeadRecord => lead !== undefined);
  }, [ids.join('|')]);
}

/** MQLs and top-scored open leads, live. */
export function useHotLeads(limit: number) {
  return useLiveQuery(() => hotLeads(getDatabase(), limit), [limit]);
}

/** Nurture leads whose revisit date has come, live (`now` should tick so new ones appear). */
export function useFollowUpsDue(now: Date) {
  return useLiveQuery(() => followUpsDue(getDatabase(), now), [now.getTime()]);
}
