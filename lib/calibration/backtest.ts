import { designFrom, fitLogistic, sigmoid } from './logistic';

/** One past lead as a model scores it at the time of its outcome. */
export interface BacktestRow {
  score: number;
  mql: boolean;
  label: 0 | 1;
  reachedSql: boolean;
}

export interface DecileRow {
  /** 1 holds the highest scores. */
  decile: number;
  leads: number;
  minScore: number;
  maxScore: number;
  conversion: number;
  /** Conversion in the decile over conversion overall. */
  lift: number | null;
}

export interface CalibrationBin {
  /** Predicted probability range [from, to). */
  from: number;
  to: number;
  leads: number;
  meanPredicted: number;
  observed: number;
}

/** Rates with no leads to measure them on are null. */
export interface BacktestReport {
  leads: number;
  positives: number;
  mqls: number;
  /** Positive outcomes among the MQLs. */
  precision: number | null;
  /** MQLs among the positive outcomes. */
  recall: number | null;
  /** Mann–Whitney: the chance a positive outcome outscores a negative one (ties count half). */
  auc: number | null;
  lift: DecileRow[];
  calibration: CalibrationBin[];
  /** MQLs that reached SQL (a positive outcome, or sql or later in the stage history). */
  mqlToSql: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function auc(scores: readonly number[], labels: readonly (0 | 1)[]): number | null {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1] ?? 0] === scores[order[start] ?? 0]) end++;
    const rank = (start + end) / 2 + 1; // tied scores share their average rank
    for (let k = start; k <= end; k++) {
      if (labels[order[k] ?? 0] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  return positives > 0 && negatives > 0
    ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
    : null;
}

/** Deciles of the score, highest first; ties at a boundary split by the order of the rows. */
export function liftByDecile(rows: readonly BacktestRow[]): DecileRow[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  const overall = ratio(
    rows.reduce((s, r) => s + r.label, 0),
    rows.length,
  );
  const deciles: DecileRow[] = [];
  for (let d = 0; d < 10; d++) {
    const part = sorted.slice(Math.floor((d * sorted.length) / 10), Math.floor(((d + 1) * sorted.length) / 10));
    const first = part[0];
    const last = part.at(-1);
    if (!first || !last) continue;
    const conversion = part.reduce((s, r) => s + r.label, 0) / part.length;
    deciles.push({
      decile: d + 1,
      leads: part.length,
      minScore: last.score,
      maxScore: first.score,
      conversion,
      lift: overall ? conversion / overall : null,
    });
  }
  return deciles;
}

/**
 * Predicted probabilities from a logistic fit of the outcome on the score, in tenths, against the
 * conversion observed in each.
 */
export function calibrationTable(rows: readonly BacktestRow[]): CalibrationBin[] {
  // Scores run 0..200; per 100 points keeps the fit well scaled. A tiny penalty: two parameters, many rows.
  const fit = fitLogistic(
    designFrom(
      rows.map((r) => [r.score / 100]),
      1,
    ),
    rows.map((r) => r.label),
    { l2: 1e-4 },
  );
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: b / 10, to: (b + 1) / 10, n: 0, predicted: 0, hits: 0 }));
  for (const row of rows) {
    const p = sigmoid(fit.intercept + (fit.coefficients[0] ?? 0) * (row.score / 100));
    const bin = bins[Math.min(9, Math.floor(p * 10))];
    if (!bin) continue;
    bin.n++;
    bin.predicted += p;
    bin.hits += row.label;
  }
  return bins
    .filter((b) => b.n > 0)
    .map((b) => ({ from: b.from, to: b.to, leads: b.n, meanPredicted: b.predicted / b.n, observed: b.hits / b.n }));
}

export function backtest(rows: readonly BacktestRow[]): BacktestReport {
  const positives = rows.filter((r) => r.label === 1).length;
  const mqls = rows.filter((r) => r.mql);
  const truePositives = mqls.filter((r) => r.label === 1).length;
  return {
    leads: rows.length,
    positives,
    mqls: mqls.length,
    precision: ratio(truePositives, mqls.length),
    recall: ratio(truePositives, positives),
    auc: auc(
      rows.map((r) => r.score),
      rows.map((r) => r.label),
    ),
    lift: liftByDecile(rows),
    calibration: calibrationTable(rows),
    mqlToSql: ratio(mqls.filter((r) => r.reachedSql).length, mqls.length),
  };
}
