import { createFunnel, type FunnelResult } from '../reports/funnel';
import type { Period } from '../reports/period';
import { createScoreHistogram, type ScoreDimension, type ScoreHistogram } from '../reports/scoreHistogram';
import { createSpeedToLead, type SpeedToLeadReport } from '../reports/speedToLead';
import type { FromReportsWorker, ToReportsWorker } from '../reports/workerProtocol';
import { FIRST_TOUCH_TYPES, latestMqlAt } from '../speedToLead';
import type { LeadLensDB } from './database';
import { readActiveModel } from './models';
import type { ActivityRecord, LeadRecord } from './records';
import { getSetting } from './settings';

/** Everything the reports section shows except costs (those follow the spend entered, see costPerSource). */
export interface ReportData {
  period: Period;
  slaHours: number;
  funnel: FunnelResult;
  speedToLead: SpeedToLeadReport;
  histograms: Record<ScoreDimension, ScoreHistogram>;
  /** Leads read (every stored lead). */
  leadsRead: number;
}

/** Leads read per transaction: large enough to be quick, small enough to keep memory flat. */
const CHUNK = 1000;

/** The lead's first touch from when it last became MQL up to now, from the [leadId+at] index (one row at most). */
function firstTouch(db: LeadLensDB, lead: LeadRecord, mqlAt: number, now: Date): Promise<ActivityRecord | undefined> {
  return db.activities
    .where('[leadId+at]')
    .between([lead.id, mqlAt], [lead.id, now.getTime()], true, true)
    .filter((activity) => FIRST_TOUCH_TYPES.has(activity.type))
    .first();
}

/**
 * Computes the reports over every stored lead, a chunk at a time in primary-key order, keeping only
 * the accumulators' numbers (no list of leads): fit for 100,000 leads. Activities are read only for
 * the leads whose latest MQL entry is in the period, and of those only the first touch after it.
 * `onProgress(done, total)` after each chunk.
 */
export async function loadReportData(
  db: LeadLensDB,
  period: Period,
  now: Date,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReportData> {
  const [slaHours, active, total] = await Promise.all([
    getSetting(db, 'sla-hours'),
    readActiveModel(db),
    db.leads.count(),
  ]);
  const funnel = createFunnel(period);
  const speed = createSpeedToLead(period, slaHours, now);
  const histogram = createScoreHistogram(period, active.model.thresholds);

  let done = 0;
  let lastId: string | undefined;
  for (;;) {
    const after = lastId;
    const read = await db.transaction('r', [db.leads, db.activities], async () => {
      const chunk = await (after === undefined ? db.leads.orderBy(':id') : db.leads.where(':id').above(after))
        .limit(CHUNK)
        .toArray();
      // One index lookup per MQL of the period, all in flight at once within this transaction.
      const touches = await Promise.all(
        chunk.map((lead) => {
          const mqlAt = latestMqlAt(lead);
          return mqlAt !== undefined && speed.wants(lead) ? firstTouch(db, lead, mqlAt, now) : undefined;
        }),
      );
      chunk.forEach((lead, i) => {
        funnel.add(lead);
        histogram.add(lead);
        const touch = touches[i];
        speed.add(lead, touch ? [touch] : []);
      });
      return { count: chunk.length, lastId: chunk.at(-1)?.id };
    });
    done += read.count;
    onProgress(done, Math.max(total, done));
    if (read.count < CHUNK || read.lastId === undefined) break;
    lastId = read.lastId;
  }
  return {
    period,
    slaHours,
    funnel: funnel.result(),
    speedToLead: speed.result(),
    histograms: histogram.result(),
    leadsRead: done,
  };
}

/** What the reports worker does with a request: compute, posting progress, then the result or the error. */
export async function answerReportRequest(
  db: LeadLensDB,
  request: ToReportsWorker,
  now: Date,
  post: (message: FromReportsWorker) => void,
): Promise<void> {
  try {
    const data = await loadReportData(db, request.period, now, (done, total) =>
      post({ type: 'progress', done, total }),
    );
    post({ type: 'done', data });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}
