import Dexie from 'dexie';
import { FIRST_TOUCH_TYPES, latestMqlAt, speedToLead } from '../speedToLead';
import type { LeadLensDB } from './database';

export interface OverdueMql {
  leadId: string;
  /** The lead's name, else its company, else its id: something to put in a notification. */
  name: string;
  mqlAt: number;
  overdueByMs: number;
  /** Identifies this MQL episode: notify once per key; a lead that re-enters MQL gets a new key. */
  key: string;
}

/** The notification key of one MQL episode of a lead. */
export function overdueKey(leadId: string, mqlAt: number): string {
  return `${leadId}@${mqlAt}`;
}

/**
 * The current MQLs with no first touch within `slaHours` of becoming MQL, most overdue first,
 * leaving out the episodes whose key is in `alreadyNotified`. Reads only the MQLs (stage index)
 * and, for those past due, their activities since they became MQL ([leadId+at] index).
 */
export async function findOverdueMqls(
  db: LeadLensDB,
  slaHours: number,
  now: Date,
  alreadyNotified: ReadonlySet<string>,
): Promise<OverdueMql[]> {
  return db.transaction('r', [db.leads, db.activities], async () => {
    const overdue: OverdueMql[] = [];
    for (const lead of await db.leads.where('stage').equals('mql').toArray()) {
      const mqlAt = latestMqlAt(lead);
      if (mqlAt === undefined || alreadyNotified.has(overdueKey(lead.id, mqlAt))) continue;
      // Not yet past due even without a touch: no need to read its activities.
      if (speedToLead(lead, [], { slaHours }, now).status !== 'overdue') continue;
      const activities = await db.activities
        .where('[leadId+at]')
        .between([lead.id, mqlAt], [lead.id, Dexie.maxKey], true, true)
        .filter((a) => FIRST_TOUCH_TYPES.has(a.type))
        .toArray();
      const result = speedToLead(lead, activities, { slaHours }, now);
      if (result.status !== 'overdue') continue;
      overdue.push({
        leadId: lead.id,
        name: lead.name ?? lead.company ?? lead.id,
        mqlAt,
        overdueByMs: result.overdueByMs,
        key: overdueKey(lead.id, mqlAt),
      });
    }
    return overdue.sort((a, b) => b.overdueByMs - a.overdueByMs);
  });
}
