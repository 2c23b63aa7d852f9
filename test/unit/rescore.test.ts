import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import type { ActivityRecord } from '@/lib/db/records';
import { RESCORE_CURSOR_KEY, rescoreAll, resumeRescore } from '@/lib/db/rescore';
import { storedLead } from './leadFixtures';

const DAY = 86_400_000;
const visitedAt = Date.UTC(2026, 9, 1);

let db: LeadLensDB;

/** `count` leads who visited the pricing page and asked for a demo on `visitedAt`, unscored. */
async function seed(count: number) {
  const leads = Array.from({ length: count }, (_, i) =>
    storedLead({
      id: `lead-${String(i).padStart(4, '0')}`,
      title: 'VP Sales',
      companySize: 200,
      email: 'ana@carpathia.ro',
      stage: 'lead',
      score: undefined,
      stageHistory: [],
    }),
  );
  const activities: ActivityRecord[] = leads.flatMap((lead) =>
    ['pricing-page-visit', 'demo-request'].map((type) => ({
      id: `${lead.id}-${type}`,
      leadId: lead.id,
      type,
      at: visitedAt,
      source: 'hubspot',
      dedupeKey: `hubspot:${lead.id}-${type}`,
    })),
  );
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd(activities);
}

beforeEach(async () => {
  db = openDatabase(`rescore-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('rescoreAll', () => {
  it('scores every lead in chunks, reporting progress, and writes nothing the second time', async () => {
    await seed(25);
    const progress: number[] = [];
    const result = await rescoreAll(db, new Date(visitedAt + DAY), {
      cause: 'score',
      chunkSize: 10,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress).toEqual([10, 20, 25]);
    expect(result).toEqual({ done: 25, total: 25, changed: 25 });
    const leads = await db.leads.toArray();
    expect(leads.every((l) => l.score !== undefined && l.stage === 'mql')).toBe(true);
    expect(leads[0]?.stageHistory).toEqual([expect.objectContaining({ from: 'lead', to: 'mql', cause: 'score' })]);

    const again = await rescoreAll(db, new Date(visitedAt + DAY), { cause: 'score', chunkSize: 10 });
    expect(again.changed).toBe(0);
    expect(await db.settings.get(RESCORE_CURSOR_KEY)).toBeUndefined();
  });

  it('records decay as the cause when time alone moves a lead below MQL', async () => {
    await seed(3);
    await rescoreAll(db, new Date(visitedAt + DAY), { cause: 'score' });
    const result = await rescoreAll(db, new Date(visitedAt + 365 * DAY), { cause: 'decay' });
    expect(result.changed).toBe(3);
    const lead = await db.leads.get('lead-0000');
    expect(lead?.stage).toBe('lead');
    expect(lead?.stageHistory.at(-1)).toMatchObject({ from: 'mql', to: 'lead', cause: 'decay' });
  });

  it('resumes after an interruption without redoing or skipping a lead', async () => {
    await seed(30);
    const stopAfterFirstChunk = () => {
      throw new Error('service worker stopped');
    };
    await expect(
      rescoreAll(db, new Date(visitedAt + DAY), { cause: 'score', chunkSize: 10, onProgress: stopAfterFirstChunk }),
    ).rejects.toThrow('service worker stopped');
    expect((await db.leads.toArray()).filter((l) => l.score).length).toBe(10);

    const resumed = await resumeRescore(db, new Date(visitedAt + DAY), { chunkSize: 10 });
    expect(resumed).toEqual({ done: 30, total: 30, changed: 30 });
    const leads = await db.leads.toArray();
    expect(leads.every((l) => l.stageHistory.length === 1)).toBe(true);
    expect(await resumeRescore(db, new Date(visitedAt + DAY))).toBeNull();
  });

  it('never moves a stage set by hand', async () => {
    await db.leads.add(storedLead({ id: 'manual', stage: 'sql', stageManual: true, score: undefined }));
    await rescoreAll(db, new Date(visitedAt), { cause: 'score' });
    expect((await db.leads.get('manual'))?.stage).toBe('sql');
  });
});
