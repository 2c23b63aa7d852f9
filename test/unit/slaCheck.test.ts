import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import type { ActivityRecord, LeadRecord } from '@/lib/db/records';
import { findOverdueMqls, overdueKey } from '@/lib/db/slaCheck';
import { storedLead } from './leadFixtures';

const H = 3_600_000;
const mqlAt = Date.UTC(2026, 10, 20, 9, 0);
const now = new Date(mqlAt + 30 * H);

let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`sla-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** An MQL since `mqlAt` unless the overrides say otherwise. */
function mql(id: string, overrides: Partial<LeadRecord> = {}): LeadRecord {
  return storedLead({
    id,
    name: `Lead ${id}`,
    identityKeys: [`manual:${id}`],
    stage: 'mql',
    stageHistory: [
      { at: mqlAt - H, from: null, to: 'lead', cause: 'capture' },
      { at: mqlAt, from: 'lead', to: 'mql', cause: 'score' },
    ],
    ...overrides,
  });
}

function activity(leadId: string, type: string, at: number): ActivityRecord {
  const id = `${leadId}-${type}-${at}`;
  return { id, leadId, type, at, source: 'manual', dedupeKey: `manual:${id}` };
}

describe('findOverdueMqls (SLA 24 h, now = MQL + 30 h)', () => {
  it.each<[string, LeadRecord, ActivityRecord[], ReadonlySet<string>, number | null]>([
    [
      'waiting: MQL for 10 h',
      mql('a', { stageHistory: [{ at: now.getTime() - 10 * H, from: 'lead', to: 'mql', cause: 'score' }] }),
      [],
      new Set(),
      null,
    ],
    ['overdue: no touch', mql('a'), [], new Set(), 6 * H],
    ['overdue: only the lead replied', mql('a'), [activity('a', 'email-reply', mqlAt + H)], new Set(), 6 * H],
    ['touched before the SLA', mql('a'), [activity('a', 'call', mqlAt + 2 * H)], new Set(), null],
    [
      'touched after the SLA: breached, not overdue',
      mql('a'),
      [activity('a', 'email-sent', mqlAt + 26 * H)],
      new Set(),
      null,
    ],
    ['touched before becoming MQL only', mql('a'), [activity('a', 'call', mqlAt - 1)], new Set(), 6 * H],
    [
      're-entered MQL 20 h ago: the first episode touch does not count, but the clock restarted',
      mql('a', {
        stageHistory: [
          { at: mqlAt, from: 'lead', to: 'mql', cause: 'score' },
          { at: mqlAt + 5 * H, from: 'mql', to: 'lead', cause: 'decay' },
          { at: mqlAt + 10 * H, from: 'lead', to: 'mql', cause: 'score' },
        ],
      }),
      [activity('a', 'call', mqlAt + H)],
      new Set(),
      null,
    ],
    [
      're-entered MQL after being notified: notified again',
      mql('a', {
        stageHistory: [
          { at: mqlAt - 100 * H, from: 'lead', to: 'mql', cause: 'score' },
          { at: mqlAt - 50 * H, from: 'mql', to: 'lead', cause: 'decay' },
          { at: mqlAt, from: 'lead', to: 'mql', cause: 'score' },
        ],
      }),
      [activity('a', 'call', mqlAt - 99 * H)],
      new Set([overdueKey('a', mqlAt - 100 * H)]),
      6 * H,
    ],
    ['already notified', mql('a'), [], new Set([overdueKey('a', mqlAt)]), null],
    ['non-MQL ignored', mql('a', { stage: 'sql' }), [], new Set(), null],
    ['MQL without an MQL entry in its history', mql('a', { stageHistory: [] }), [], new Set(), null],
  ])('%s', async (_, lead, activities, notified, overdueByMs) => {
    await db.leads.add(lead);
    await db.activities.bulkAdd(activities);
    const found = await findOverdueMqls(db, 24, now, notified);
    expect(found).toEqual(overdueByMs === null ? [] : [expect.objectContaining({ leadId: 'a', overdueByMs })]);
  });

  it("returns name, episode and key, most overdue first, and ignores other leads' touches", async () => {
    await db.leads.bulkAdd([
      mql('a'),
      mql('b', {
        name: undefined,
        company: 'Carpathia Software',
        stageHistory: [{ at: mqlAt - 10 * H, from: 'lead', to: 'mql', cause: 'score' }],
      }),
      mql('c'),
    ]);
    await db.activities.bulkAdd([activity('c', 'call', mqlAt + H), activity('ab', 'call', mqlAt + H)]);
    expect(await findOverdueMqls(db, 24, now, new Set())).toEqual([
      {
        leadId: 'b',
        name: 'Carpathia Software',
        mqlAt: mqlAt - 10 * H,
        overdueByMs: 16 * H,
        key: overdueKey('b', mqlAt - 10 * H),
      },
      { leadId: 'a', name: 'Lead a', mqlAt, overdueByMs: 6 * H, key: overdueKey('a', mqlAt) },
    ]);
  });

  it('reads leads through the stage index only', async () => {
    await db.leads.bulkAdd([mql('a'), mql('b', { stage: 'lead' })]);
    const where = vi.spyOn(db.leads, 'where');
    const scans = (['toArray', 'each', 'toCollection', 'filter'] as const).map((m) => vi.spyOn(db.leads, m));
    expect(await findOverdueMqls(db, 24, now, new Set())).toHaveLength(1);
    expect(where.mock.calls).toEqual([['stage']]);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });
});
