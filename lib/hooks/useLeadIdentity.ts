import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { LeadRecord, MergeRecord } from '../db/records';
import { companyPrefixes, findMatchCandidates, type MatchReason } from '../leads/fuzzyMatch';

export interface PossibleMatch {
  lead: LeadRecord;
  reason: MatchReason;
}

/** How many leads at companies with the same first word are compared at most. */
const CANDIDATE_LIMIT = 5_000;

/**
 * Leads that may be the same person as `lead` (lib/leads/fuzzyMatch), strongest first, live.
 * A match needs the same company, so only leads whose company starts with the same word are read
 * (the company index), never all of them.
 */
export function usePossibleMatches(lead: LeadRecord): PossibleMatch[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const dismissed = await db.dismissedMatches.where('leadIds').equals(lead.id).primaryKeys();
    const prefixes = companyPrefixes(lead.company);
    if (prefixes.length === 0) return [];
    const others = await db.leads.where('company').startsWithAnyOfIgnoreCase(prefixes).limit(CANDIDATE_LIMIT).toArray();
    const byId = new Map(others.map((other) => [other.id, other]));
    return findMatchCandidates(lead, others, new Set(dismissed)).flatMap((candidate) => {
      const other = byId.get(candidate.leadId);
      return other ? [{ lead: other, reason: candidate.reason }] : [];
    });
  }, [lead]);
}

/** The merges into a lead, newest first, live (undone ones included: they are its history). */
export function useMergesInto(leadId: string): MergeRecord[] | undefined {
  return useLiveQuery(
    async () => (await getDatabase().merges.where('keptId').equals(leadId).sortBy('at')).reverse(),
    [leadId],
  );
}
