import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { setSetting } from '@/lib/db/settings';
import type { OverdueMql } from '@/lib/db/slaCheck';
import { notifyOverdueMqls } from '@/lib/db/slaNotifications';
import { storedLead } from './leadFixtures';

const HOUR = 3_600_000;
const mqlAt = Date.UTC(2026, 10, 20, 9);
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`sla-${Math.random()}`);
  await db.open();
  await db.leads.add(
    storedLead({
      id: 'ana',
      stage: 'mql',
      stageHistory: [
        { at: mqlAt - HOUR, from: null, to: 'lead', cause: 'capture' },
        { at: mqlAt, from: 'lead', to: 'mql', cause: 'score' },
      ],
    }),
  );
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('notifyOverdueMqls', () => {
  it('notifies an untouched MQL once, after the SLA', async () => {
    const seen: string[][] = [];
    const notify = async (o: OverdueMql[]) => void seen.push(o.map((x) => x.leadId));
    expect(await notifyOverdueMqls(db, new Date(mqlAt + 23 * HOUR), notify)).toEqual([]);
    expect(await notifyOverdueMqls(db, new Date(mqlAt + 25 * HOUR), notify)).toHaveLength(1);
    expect(await notifyOverdueMqls(db, new Date(mqlAt + 30 * HOUR), notify)).toEqual([]);
    expect(seen).toEqual([['ana']]);
  });

  it('follows the SLA hours the user set, and stays quiet when notifications are off', async () => {
    const notify = async () => {};
    await setSetting(db, 'sla-hours', 4);
    await setSetting(db, 'sla-notifications', false);
    expect(await notifyOverdueMqls(db, new Date(mqlAt + 5 * HOUR), notify)).toEqual([]);
    await setSetting(db, 'sla-notifications', true);
    expect(await notifyOverdueMqls(db, new Date(mqlAt + 5 * HOUR), notify)).toHaveLength(1);
  });
});
