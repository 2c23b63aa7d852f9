import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import type { ActivityRecord, LeadRecord } from '@/lib/db/records';
import { answerReportRequest, loadReportData } from '@/lib/db/reportData';
import { setSetting } from '@/lib/db/settings';
import { funnel } from '@/lib/reports/funnel';
import { periodOfDays } from '@/lib/reports/period';
import { createScoreHistogram } from '@/lib/reports/scoreHistogram';
import type { FromReportsWorker } from '@/lib/reports/workerProtocol';
import { defaultModel } from '@/lib/scoring';
import { storedLead } from './leadFixtures';

const H = 3_600_000;
const period = periodOfDays('2026-11-02', '2026-11-15');
const inside = Date.parse('2026-11-03T09:00:00Z');
const now = new Date(Date.parse('2026-11-20T00:00:00Z'));
const STAGES = ['lead', 'mql', 'sql', 'opportunity', 'customer'];
const SCORE = {
  fit: 0,
  engagement: 0,
  total: 0,
  grade: 'D',
  level: 3,
  cell: 'D3',
  modelId: 'default-1',
  scoredAt: 0,
} as const;

let db: LeadLensDB;
beforeEach(async () => {
  db = openDatabase(`reports-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Lead i: every 7th before the period, others reaching stage i % 5, from one of three sources. */
function generated(i: number): LeadRecord {
  const start = i % 7 === 0 ? inside - 30 * 24 * H : inside + (i % 10) * H;
  const furthest = i % 5;
  return storedLead({
    id: `lead-${String(i).padStart(5, '0')}`,
    identityKeys: [`manual:${i}`],
    sources: [['linkedin', 'hubspot', 'import'][i % 3] ?? 'manual'],
    stage: (STAGES[furthest] ?? 'lead') as LeadRecord['stage'],
    stageHistory: STAGES.slice(0, furthest + 1).map((to, step) => ({
      at: start + step * H,
      from: step === 0 ? null : ((STAGES[step - 1] ?? 'lead') as LeadRecord['stage']),
      to: to as LeadRecord['stage'],
      cause: 'score',
    })),
    createdAt: start,
    score: { ...SCORE, fit: i % 101, engagement: (i * 7) % 101, total: (i % 101) + ((i * 7) % 101) },
  });
}

function activity(leadId: string, type: string, at: number): ActivityRecord {
  const id = `${leadId}-${type}-${at}`;
  return { id, leadId, type, at, source: 'manual', dedupeKey: `manual:${id}` };
}

describe('loadReportData', () => {
  it('streams every lead in chunks and matches the pure reports', async () => {
    const leads = Array.from({ length: 2500 }, (_, i) => generated(i));
    await db.leads.bulkAdd(leads);
    const progress: [number, number][] = [];
    const data = await loadReportData(db, period, now, (done, total) => progress.push([done, total]));

    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(data.leadsRead).toBe(2500);
    expect(data.funnel).toEqual(funnel(leads, period));
    const histogram = createScoreHistogram(period, defaultModel.thresholds);
    for (const lead of leads) histogram.add(lead);
    expect(data.histograms).toEqual(histogram.result());
    expect(data.funnel.overall[0]?.count).toBe(2500 - Math.ceil(2500 / 7));
  });

  it('uses the first touch after the latest MQL entry and the SLA setting', async () => {
    await setSetting(db, 'sla-hours', 4);
    const mql = (id: string) =>
      storedLead({
        id,
        identityKeys: [`manual:${id}`],
        stage: 'mql',
        stageHistory: [
          { at: inside - H, from: null, to: 'lead', cause: 'capture' },
          { at: inside, from: 'lead', to: 'mql', cause: 'score' },
        ],
      });
    await db.leads.bulkAdd([mql('a'), mql('b'), mql('c')]);
    await db.activities.bulkAdd([
      activity('a', 'call', inside - H), // before the MQL: not a touch of this episode
      activity('a', 'email-reply', inside + H), // the lead's own action: no touch
      activity('a', 'email-sent', inside + 2 * H),
      activity('a', 'call', inside + 3 * H),
      activity('b', 'call', inside + 6 * H), // after the 4 h SLA
      activity('c', 'call', now.getTime() + H), // after now: ignored, so c is overdue
    ]);
    const data = await loadReportData(db, period, now);
    expect(data.slaHours).toBe(4);
    expect(data.speedToLead).toMatchObject({
      mqls: 3,
      touched: 2,
      touchedLate: 1,
      overdue: 1,
      medianMs: 4 * H,
      weeks: [
        { week: '2026-W45', mqls: 3, breaches: 2 },
        { week: '2026-W46', mqls: 0, breaches: 0 },
      ],
    });
  });

  it('reports an empty database as zeros', async () => {
    const progress: number[] = [];
    const data = await loadReportData(db, period, now, (done) => progress.push(done));
    expect(progress).toEqual([0]);
    expect(data.funnel.overall.every((s) => s.count === 0 && s.fromPrevious === null)).toBe(true);
    expect(data.speedToLead.medianMs).toBeNull();
  });
});

describe('answerReportRequest (the reports worker)', () => {
  it('posts progress, then the reports', async () => {
    await db.leads.add(generated(1));
    const posted: FromReportsWorker[] = [];
    await answerReportRequest(db, { type: 'run', period }, now, (m) => posted.push(m));
    expect(posted.map((m) => m.type)).toEqual(['progress', 'done']);
    expect(posted[0]).toEqual({ type: 'progress', done: 1, total: 1 });
    expect(posted[1]?.type === 'done' && posted[1].data.funnel.overall[0]?.count).toBe(1);
  });

  it('posts the error when the database cannot be read', async () => {
    db.close({ disableAutoOpen: true });
    const posted: FromReportsWorker[] = [];
    await answerReportRequest(db, { type: 'run', period }, now, (m) => posted.push(m));
    expect(posted).toEqual([{ type: 'failed', error: expect.stringMatching(/closed/i) }]);
  });
});
