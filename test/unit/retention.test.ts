import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { runAutomaticRetention } from '@/lib/db/retention';
import { getSetting, setSetting } from '@/lib/db/settings';
import { MessageSchema } from '@/lib/messaging/protocol';
import { storedLead } from './leadFixtures';

const DAY = 86_400_000;
const now = new Date('2026-11-20T10:00:00Z');
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`retention-${Math.random()}`);
  await db.open();
  await db.leads.bulkAdd([
    // Untouched for 400 days: past a 12-month period.
    storedLead({
      id: 'old',
      email: 'old@x.nl',
      identityKeys: ['email:old@x.nl'],
      updatedAt: now.getTime() - 400 * DAY,
    }),
    // Not updated, but an activity 10 days ago: touched.
    storedLead({ id: 'active', email: 'a@x.nl', identityKeys: ['email:a@x.nl'], updatedAt: now.getTime() - 400 * DAY }),
    storedLead({ id: 'new', email: 'new@x.nl', identityKeys: ['email:new@x.nl'], updatedAt: now.getTime() - 40 * DAY }),
  ]);
  await db.activities.bulkAdd([
    { id: 'o1', leadId: 'old', type: 'email-open', at: now.getTime() - 500 * DAY, source: 'm', dedupeKey: 'm:o1' },
    { id: 'a1', leadId: 'active', type: 'email-open', at: now.getTime() - 10 * DAY, source: 'm', dedupeKey: 'm:a1' },
  ]);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ids = async () => (await db.leads.toCollection().primaryKeys()).sort();

describe('runAutomaticRetention', () => {
  it('is off by default: no period and no automatic deletion', async () => {
    expect(await getSetting(db, 'retention-months')).toBeNull();
    expect(await getSetting(db, 'retention-auto')).toBe(false);
  });

  it.each<[string, number | null, boolean, string[]]>([
    ['off', null, false, ['active', 'new', 'old']],
    ['a period, but only listed for a person to confirm', 12, false, ['active', 'new', 'old']],
    ['automatic without a period', null, true, ['active', 'new', 'old']],
    ['12 months, automatic', 12, true, ['active', 'new']],
    ['24 months, automatic', 24, true, ['active', 'new', 'old']],
    ['1 month, automatic', 1, true, ['active']],
  ])('%s', async (_, months, auto, kept) => {
    await setSetting(db, 'retention-months', months);
    await setSetting(db, 'retention-auto', auto);
    const result = await runAutomaticRetention(db, now);
    expect(await ids()).toEqual(kept);
    if (months === null || !auto) expect(result).toBeNull();
    else expect(result?.leads).toBe(3 - kept.length);
  });

  it('erases the records about an erased lead too', async () => {
    await setSetting(db, 'retention-months', 12);
    await setSetting(db, 'retention-auto', true);
    expect(await runAutomaticRetention(db, now)).toMatchObject({ leads: 1, activities: 1 });
    expect(await db.activities.toCollection().primaryKeys()).toEqual(['a1']);
  });

  it('runs again without finding more', async () => {
    await setSetting(db, 'retention-months', 12);
    await setSetting(db, 'retention-auto', true);
    await runAutomaticRetention(db, now);
    expect(await runAutomaticRetention(db, now)).toMatchObject({ leads: 0, activities: 0 });
  });
});

describe('retention settings messages', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'set-setting', key: 'retention-months', value: 24 }, true],
    [{ type: 'set-setting', key: 'retention-months', value: null }, true],
    [{ type: 'set-setting', key: 'retention-months', value: 0 }, false],
    [{ type: 'set-setting', key: 'retention-months', value: 2.5 }, false],
    [{ type: 'set-setting', key: 'retention-auto', value: true }, true],
    [{ type: 'set-setting', key: 'retention-auto', value: 'yes' }, false],
  ])('%j accepted: %s', (message, accepted) => {
    expect(MessageSchema.safeParse(message).success).toBe(accepted);
  });
});
