import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { LeadRecord } from '../db/records';
import { getSetting } from '../db/settings';
import { speedToLead } from '../speedToLead';

/** Speed to lead for one lead under the user's SLA, live as calls are logged. */
export function useSpeedToLead(lead: LeadRecord | null | undefined, now: Date) {
  return useLiveQuery(async () => {
    if (!lead) return undefined;
    const db = getDatabase();
    const [activities, slaHours] = await Promise.all([
      db.activities.where('leadId').equals(lead.id).toArray(),
      getSetting(db, 'sla-hours'),
    ]);
    return speedToLead(lead, activities, { slaHours }, now);
  }, [lead, now.getTime()]);
}
