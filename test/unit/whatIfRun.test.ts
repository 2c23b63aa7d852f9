import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { importModelVersion } from '@/lib/db/models';
import { runWhatIf } from '@/lib/db/whatIfRun';
import { defaultModel, serializeModel } from '@/lib/scoring';
import { storedLead } from './leadFixtures';

const now = new Date(Date.UTC(2026, 10, 21));
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`what-if-${Math.random()}`);
  // 25 engaged VPs at 200-person companies (fit 50): every fifth set to MQL by hand.
  const leads = Array.from({ length: 25 }, (_, i) =>
    storedLead({
      id: `lead-${String(i).padStart(3, '0')}`,
      title: 'VP Sales',
      companySize: 200,
      stageManual: i % 5 === 0,
    }),
  );
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd(
    leads.map((lead) => ({
      id: `${lead.id}-demo`,
      leadId: lead.id,
      type: 'demo-request',
      at: now.getTime(),
      source: 'hubspot',
      dedupeKey: `hubspot:${lead.id}-demo`,
    })),
  );
});

afterEach(() => db.delete());

describe('runWhatIf', () => {
  it('reads every lead chunk by chunk and compares the edit with the active model, writing nothing', async () => {
    const before = await db.leads.toArray();
    const progress: [number, number][] = [];
    const stricter = { ...defaultModel, thresholds: { ...defaultModel.thresholds, mqlFit: 60 } };
    const summary = await runWhatIf(db, stricter, now, { chunkSize: 10, onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(summary.leads).toBe(25);
    // Manual stages stay: 20 of 25 go back to lead.
    expect(summary.changed).toBe(20);
    expect(summary.transitions).toEqual([{ from: 'mql', to: 'lead', count: 20 }]);
    expect(await db.leads.toArray()).toEqual(before);
  });

  it('compares with the stored active model, not the shipped one', async () => {
    const imported = await importModelVersion(
      db,
      serializeModel({ ...defaultModel, thresholds: { ...defaultModel.thresholds, mqlFit: 60 } }),
      now,
    );
    if (!imported.ok) throw new Error('import failed');
    await db.models.where('active').equals(1).modify({ active: 0 });
    await db.models.update(imported.record.id, { active: 1 });
    const summary = await runWhatIf(db, defaultModel, now);
    expect(summary.transitions).toEqual([{ from: 'lead', to: 'mql', count: 20 }]);
  });
});
