import type { LeadLensDB } from './database';
import { getSetting, setSetting } from './settings';
import { findOverdueMqls, type OverdueMql } from './slaCheck';

/** Most notification keys kept; the oldest are forgotten first. */
const KEEP_KEYS = 5000;

/**
 * Notifies each MQL that passed the SLA without a first touch, once per MQL episode, when the
 * user has notifications on. Returns what was notified.
 */
export async function notifyOverdueMqls(
  db: LeadLensDB,
  now: Date,
  notify: (overdue: OverdueMql[]) => Promise<void>,
): Promise<OverdueMql[]> {
  if (!(await getSetting(db, 'sla-notifications'))) return [];
  const notified = await getSetting(db, 'sla-notified');
  const overdue = await findOverdueMqls(db, await getSetting(db, 'sla-hours'), now, new Set(notified));
  if (overdue.length === 0) return [];
  await notify(overdue);
  await setSetting(db, 'sla-notified', [...notified, ...overdue.map((o) => o.key)].slice(-KEEP_KEYS));
  return overdue;
}
