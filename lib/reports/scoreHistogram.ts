import type { Thresholds } from '../scoring/model';
import { inPeriod, type Period } from './period';

export const SCORE_DIMENSIONS = ['fit', 'engagement', 'total'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

/** Scores run 0-100 for fit and engagement and 0-200 for their sum; ten buckets each. */
const MAX: Record<ScoreDimension, number> = { fit: 100, engagement: 100, total: 200 };
const BUCKETS = 10;

export interface HistogramBucket {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, except the last bucket, which includes the maximum (and anything above). */
  to: number;
  count: number;
}

export interface ScoreHistogram {
  dimension: ScoreDimension;
  buckets: HistogramBucket[];
  /** Leads counted (created in the period, with a score). */
  leads: number;
  /** Where the active model draws the MQL line on this dimension. */
  mqlThreshold: number;
}

export interface HistogramLead {
  createdAt: number;
  score?: { fit: number; engagement: number; total: number };
}

/**
 * The MQL line on each dimension: the fit and engagement thresholds, and on the total the model's
 * mqlTotal when it has one, else the sum of the two (no lead below it can be an MQL).
 */
export function mqlThresholds(thresholds: Thresholds): Record<ScoreDimension, number> {
  return {
    fit: thresholds.mqlFit,
    engagement: thresholds.mqlEngagement,
    total: thresholds.mqlTotal ?? thresholds.mqlFit + thresholds.mqlEngagement,
  };
}

export interface ScoreHistogramAccumulator {
  add(lead: HistogramLead): void;
  /** The histogram of every dimension. */
  result(): Record<ScoreDimension, ScoreHistogram>;
}

/**
 * The current scores of the leads created in the period, in ten buckets per dimension (all three
 * are counted in one pass so the user can switch without reading the leads again). Scores below 0
 * count in the first bucket, above the maximum in the last; unscored leads (and damaged scores) are left out.
 */
export function createScoreHistogram(period: Period, thresholds: Thresholds): ScoreHistogramAccumulator {
  const counts = Object.fromEntries(SCORE_DIMENSIONS.map((d) => [d, new Array<number>(BUCKETS).fill(0)])) as Record<
    ScoreDimension,
    number[]
  >;
  let leads = 0;
  const lines = mqlThresholds(thresholds);
  return {
    add(lead) {
      const score = lead.score;
      if (!score || !inPeriod(lead.createdAt, period)) return;
      if (!SCORE_DIMENSIONS.every((d) => Number.isFinite(score[d]))) return; // a damaged score
      leads++;
      for (const dimension of SCORE_DIMENSIONS) {
        const value = score[dimension];
        const index = Math.min(BUCKETS - 1, Math.max(0, Math.floor((value / MAX[dimension]) * BUCKETS)));
        counts[dimension][index] = (counts[dimension][index] ?? 0) + 1;
      }
    },
    result() {
      const histogram = (dimension: ScoreDimension): ScoreHistogram => {
        const width = MAX[dimension] / BUCKETS;
        return {
          dimension,
          leads,
          mqlThreshold: lines[dimension],
          buckets: counts[dimension].map((count, i) => ({ from: i * width, to: (i + 1) * width, count })),
        };
      };
      return { fit: histogram('fit'), engagement: histogram('engagement'), total: histogram('total') };
    },
  };
}
