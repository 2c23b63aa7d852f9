import { describe, expect, it } from 'vitest';
import { auc, type BacktestRow, backtest, calibrationTable, liftByDecile } from './backtest';
import { sigmoid } from './logistic';
import { random } from './random';
import { nonFinite } from './testSupport';

const row = (score: number, label: 0 | 1, mql = false, reachedSql = label === 1): BacktestRow => ({
  score,
  label,
  mql,
  reachedSql,
});

describe('auc', () => {
  it.each([
    [[1, 2, 3, 4], [0, 0, 1, 1], 1],
    [[1, 2, 3, 4], [1, 1, 0, 0], 0],
    [[5, 5, 5, 5], [0, 1, 0, 1], 0.5],
    // Positives 2 and 4 against negatives 1 and 3: three of four pairs ordered right.
    [[1, 2, 3, 4], [0, 1, 0, 1], 0.75],
    // A tie between a positive and a negative counts half: (1 + 0.5) / 2.
    [[1, 3, 3], [0, 0, 1], 0.75],
  ] as const)('scores %j with labels %j: %f', (scores, labels, expected) => {
    expect(auc([...scores], [...labels])).toBeCloseTo(expected, 12);
  });

  it('is null with one class', () => {
    expect(auc([1, 2], [1, 1])).toBeNull();
    expect(auc([], [])).toBeNull();
  });
});

describe('liftByDecile', () => {
  it('splits 100 leads into ten deciles, the highest scores first', () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(i, i >= 80 ? 1 : 0));
    const deciles = liftByDecile(rows);
    expect(deciles.map((d) => d.leads)).toEqual(Array(10).fill(10));
    expect(deciles[0]).toEqual({ decile: 1, leads: 10, minScore: 90, maxScore: 99, conversion: 1, lift: 5 });
    expect(deciles.map((d) => d.lift)).toEqual([5, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves out empty deciles and has no lift without positives', () => {
    const deciles = liftByDecile([row(1, 0), row(2, 0), row(3, 0)]);
    expect(deciles).toHaveLength(3);
    expect(deciles.every((d) => d.lift === null)).toBe(true);
  });
});

describe('calibrationTable', () => {
  it('matches predicted and observed conversion when outcomes follow a logistic curve in the score', () => {
    const rand = random(4);
    const rows = Array.from({ length: 20_000 }, () => {
      const score = Math.round(rand() * 200);
      return row(score, rand() < sigmoid(-3 + score / 30) ? 1 : 0);
    });
    const bins = calibrationTable(rows);
    expect(bins.reduce((s, b) => s + b.leads, 0)).toBe(rows.length);
    for (const bin of bins) {
      expect(bin.meanPredicted).toBeGreaterThanOrEqual(bin.from);
      expect(bin.meanPredicted).toBeLessThan(bin.to);
      if (bin.leads >= 500) expect(Math.abs(bin.observed - bin.meanPredicted)).toBeLessThan(0.05);
    }
  });
});

describe('backtest', () => {
  it('measures precision, recall and MQL-to-SQL at the MQL threshold', () => {
    const report = backtest([
      row(150, 1, true),
      row(140, 0, true, true), // lost after reaching SQL
      row(130, 0, true),
      row(120, 0, true),
      row(50, 1),
      row(10, 0),
    ]);
    expect(report).toMatchObject({ leads: 6, positives: 2, mqls: 4, precision: 0.25, recall: 0.5, mqlToSql: 0.5 });
    expect(report.auc).toBeCloseTo(5 / 8, 12);
  });

  it('gives null rates, empty tables and no NaN for no leads or no MQLs', () => {
    const empty = backtest([]);
    expect(empty).toEqual({
      leads: 0,
      positives: 0,
      mqls: 0,
      precision: null,
      recall: null,
      auc: null,
      lift: [],
      calibration: [],
      mqlToSql: null,
    });
    const noMql = backtest([row(10, 1), row(5, 0)]);
    expect(noMql.precision).toBeNull();
    expect(noMql.recall).toBe(0);
    expect(nonFinite(noMql)).toEqual([]);
    expect(nonFinite(backtest([row(10, 1), row(5, 1), row(0, 1)]))).toEqual([]);
  });
});
