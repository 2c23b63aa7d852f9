import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { readActiveModel } from '../db/models';
import type { LeadRecord } from '../db/records';
import { getSetting } from '../db/settings';
import { type ChangeItem, type ScoreResult, scoreLead, whatWouldChange } from '../scoring';
import { speedToLead } from '../speedToLead';

export interface LeadInsight {
  /** The full score with every contribution (scoring is pure and fast, so it is never stale). */
  result: ScoreResult;
  /** The smallest facts or actions that would move the lead to the next stage. */
  changes: ChangeItem[];
  /** MQL since when, first touch or overdue against the user's SLA. */
  speed: ReturnType<typeof speedToLead>;
}

/**
 * What the side panel shows about a lead beyond its record, from one read of its activities, the
 * active model and the SLA setting, live as activities, answers or the model change.
 */
export function useLeadInsight(lead: LeadRecord | null | undefined, now: Date): LeadInsight | undefined {
  return useLiveQuery(async () => {
    if (!lead) return undefined;
    const db = getDatabase();
    const [activities, active, slaHours] = await Promise.all([
      db.activities.where('leadId').equals(lead.id).toArray(),
      readActiveModel(db),
      getSetting(db, 'sla-hours'),
    ]);
    const result = scoreLead(lead, activities, active.model, now);
    return {
      result,
      changes: whatWouldChange(lead, activities, active.model, now, result),
      speed: speedToLead(lead, activities, { slaHours }, now),
    };
  }, [lead, now.getTime()]);
}
