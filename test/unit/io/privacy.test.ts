import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { getSetting } from '@/lib/db/settings';
import { applyRetention, erasePerson, exportPerson, findRetentionCandidates } from '@/lib/io/privacy';
import { storedLead } from '../leadFixtures';
import { SEED_AT, seedAll } from './seedAll';

const DAY = 86_400_000;
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`privacy-${Math.random()}`);
  await db.open();
  await seedAll(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** How many records about the lead each table holds. */
async function recordsAbout(leadId: string) {
  const byLead = (table: 'activities' | 'answers' | 'captures' | 'outcomes' | 'notes') =>
    db[table].where('leadId').equals(leadId).count();
  return {
    leads: await db.leads.where('id').equals(leadId).count(),
    activities: await byLead('activities'),
    answers: await byLead('answers'),
    captures: await byLead('captures'),
    outcomes: await byLead('outcomes'),
    notes: await byLead('notes'),
  };
}

describe('erasePerson', () => {
  it('deletes the lead and everything about them from every table, and only that', async () => {
    expect(await erasePerson(db, 'ana')).toEqual({
      leads: 1,
      activities: 2,
      answers: 1,
      captures: 1,
      outcomes: 1,
      notes: 1,
    });
    expect(await recordsAbout('ana')).toEqual({
      leads: 0,
      activities: 0,
      answers: 0,
      captures: 0,
      outcomes: 0,
      notes: 0,
    });
    expect(await getSetting(db, 'sla-notified')).toEqual([`jan@${SEED_AT - 6 * DAY}`]);
    // Jan, the company page capture, the model and the settings stay.
    expect(await recordsAbout('jan')).toMatchObject({ leads: 1, activities: 1 });
    expect(await db.captures.count()).toBe(1);
    expect(await db.models.count()).toBe(1);
    expect(await getSetting(db, 'sla-hours')).toBe(12);
  });

  it('does nothing for an unknown id', async () => {
    expect(await erasePerson(db, 'nobody')).toEqual({
      leads: 0,
      activities: 0,
      answers: 0,
      captures: 0,
      outcomes: 0,
      notes: 0,
    });
    expect(await db.leads.count()).toBe(2);
  });
});

describe('exportPerson', () => {
  it('gives every record about the person with readable dates', async () => {
    const now = new Date('2026-11-21T08:00:00Z');
    const result = await exportPerson(db, 'ana', now);
    expect(result).toMatchObject({
      about: 'Everything LeadLens stores in this browser about Ana Popescu.',
      exportedAt: '2026-11-21T08:00:00.000Z',
      lead: {
        id: 'ana',
        name: 'Ana Popescu',
        email: 'ana@carpathia.ro',
        createdAt: '2026-11-20T09:30:00.000Z',
        stageHistory: [
          { at: '2026-11-20T09:30:00.000Z', to: 'lead' },
          { at: '2026-11-20T09:31:00.000Z', to: 'mql' },
        ],
        score: { scoredAt: '2026-11-20T09:30:00.000Z', total: 105 },
      },
      activities: [
        { id: 'a1', type: 'pricing-page-visit', at: '2026-11-19T09:30:00.000Z' },
        { id: 'a2', type: 'email-open', at: '2026-11-18T09:30:00.000Z' },
      ],
      answers: [{ item: 'need', answer: 'Too many spreadsheets', answeredAt: '2026-11-20T09:30:00.000Z' }],
      outcomes: [{ outcome: 'nurture', revisitAt: '2027-02-18T09:30:00.000Z' }],
      notes: [{ text: '[00:12] Wants a demo in Q1', endedAt: '2026-11-19T09:40:00.000Z' }],
      captures: [{ url: 'https://www.linkedin.com/in/ana-popescu/', at: '2026-11-15T09:30:00.000Z' }],
    });
    const text = JSON.stringify(result, null, 2);
    expect(text).not.toContain('Jan de Vries');
    expect(text).not.toContain('carpathia/'); // the company page capture is not about Ana
  });

  it('is null for an unknown lead', async () => {
    expect(await exportPerson(db, 'nobody', new Date())).toBeNull();
  });
});

describe('retention', () => {
  const now = new Date(SEED_AT + 400 * DAY);

  it('finds leads not updated and not touched in any way for N months, oldest first', async () => {
    await db.leads.bulkAdd([
      storedLead({ id: 'old', identityKeys: ['email:old@x.nl'], updatedAt: SEED_AT - 30 * DAY }),
      storedLead({ id: 'fresh', identityKeys: ['email:fresh@x.nl'], updatedAt: now.getTime() - DAY }),
      storedLead({ id: 'answered', identityKeys: ['email:answered@x.nl'], updatedAt: SEED_AT - 60 * DAY }),
      storedLead({ id: 'active', identityKeys: ['email:active@x.nl'], updatedAt: SEED_AT - 60 * DAY }),
    ]);
    await db.answers.add({
      id: 'answered:bant:need',
      leadId: 'answered',
      framework: 'bant',
      item: 'need',
      status: 'met',
      answer: 'yes',
      answeredAt: now.getTime() - 10 * DAY,
    });
    await db.activities.add({
      id: 'recent',
      leadId: 'active',
      type: 'email-reply',
      at: now.getTime() - 20 * DAY,
      source: 'manual',
      dedupeKey: 'manual:recent',
    });
    // Ana's outcome asks to revisit, but its date is the decision's: 400 days ago.
    const twelve = await findRetentionCandidates(db, 12, now);
    expect(twelve.map((l) => l.id)).toEqual(['old', 'ana', 'jan']);
    expect((await findRetentionCandidates(db, 14, now)).map((l) => l.id)).toEqual(['old']);
    expect(await findRetentionCandidates(db, 24, now)).toEqual([]);
  });

  it('erases the confirmed candidates in one go', async () => {
    const counts = await applyRetention(db, ['ana', 'jan']);
    expect(counts).toEqual({ leads: 2, activities: 3, answers: 1, captures: 1, outcomes: 1, notes: 1 });
    expect(await db.leads.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    expect(await getSetting(db, 'sla-notified')).toEqual([]);
  });
});
