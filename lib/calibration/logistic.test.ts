import { describe, expect, it } from 'vitest';
import { designFrom, fitLogistic, sigmoid } from './logistic';
import { random } from './random';
import { nonFinite } from './testSupport';

/** Rows drawn from `features`, labels from the logistic model with these coefficients. */
function simulate(
  n: number,
  seed: number,
  intercept: number,
  coefficients: number[],
  features: (r: () => number) => number[],
) {
  const rand = random(seed);
  const rows = Array.from({ length: n }, () => features(rand));
  const labels = rows.map((x) =>
    rand() < sigmoid(intercept + x.reduce((s, v, j) => s + v * (coefficients[j] ?? 0), 0)) ? 1 : 0,
  );
  return { rows, labels };
}

describe('fitLogistic', () => {
  it('matches the closed form for one binary feature: log odds ratio and Woolf standard error', () => {
    // x = 1: 30 positive, 10 negative; x = 0: 20 positive, 40 negative.
    const cells: [number, number, number][] = [
      [1, 1, 30],
      [1, 0, 10],
      [0, 1, 20],
      [0, 0, 40],
    ];
    const rows = cells.flatMap(([x, , n]) => Array.from({ length: n }, () => [x]));
    const labels = cells.flatMap(([, y, n]) => Array.from({ length: n }, () => y));
    const fit = fitLogistic(designFrom(rows, 1), labels, { l2: 1e-9, interceptL2: 1e-9 });
    expect(fit.coefficients[0]).toBeCloseTo(Math.log((30 * 40) / (10 * 20)), 6);
    expect(fit.intercept).toBeCloseTo(Math.log(20 / 40), 6);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 10 + 1 / 20 + 1 / 40), 5);
    expect(fit.converged).toBe(true);
  });

  it('recovers known coefficients from 20,000 simulated rows in a few Newton steps', () => {
    const truth = [1.5, -0.8, 0];
    const { rows, labels } = simulate(20_000, 3, -1, truth, (r) => [r() < 0.3 ? 1 : 0, r() * 3, r() < 0.5 ? 1 : 0]);
    const fit = fitLogistic(designFrom(rows, 3), labels);
    truth.forEach((t, j) => {
      const se = fit.standardErrors[j] ?? 0;
      expect(se).toBeGreaterThan(0.01);
      expect(se).toBeLessThan(0.1);
      expect(Math.abs((fit.coefficients[j] ?? 0) - t)).toBeLessThan(4 * se);
      const [low, high] = fit.intervals[j] ?? [0, 0];
      expect(low).toBeCloseTo((fit.coefficients[j] ?? 0) - 1.96 * se, 2);
      expect(high).toBeCloseTo((fit.coefficients[j] ?? 0) + 1.96 * se, 2);
    });
    expect(fit.iterations).toBeLessThanOrEqual(10);
    expect(fit.converged).toBe(true);
  });

  it('stays finite on perfectly separable data', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i % 2]);
    const labels = rows.map(([x]) => x ?? 0);
    const fit = fitLogistic(designFrom(rows, 1), labels);
    expect(nonFinite(fit)).toEqual([]);
    expect(fit.coefficients[0]).toBeGreaterThan(2);
    expect(fit.converged).toBe(true);
  });

  it('stays finite with a constant feature, a never-firing one and a single class', () => {
    const rows = Array.from({ length: 40 }, () => [1, 0]);
    for (const labels of [rows.map((_, i) => (i % 3 === 0 ? 1 : 0)), rows.map(() => 1), rows.map(() => 0)]) {
      const fit = fitLogistic(designFrom(rows, 2), labels);
      expect(nonFinite(fit)).toEqual([]);
      // Nothing is learnt about a feature that never fires: it keeps its prior, with the prior's spread.
      expect(fit.coefficients[1]).toBe(0);
      expect(fit.standardErrors[1]).toBeCloseTo(1, 10);
    }
    expect(
      fitLogistic(
        designFrom(rows, 2),
        rows.map(() => 1),
      ).intercept,
    ).toBeGreaterThan(2);
  });

  it('returns the prior for no data at all', () => {
    const fit = fitLogistic(designFrom([], 2), [], { prior: [0.5, -2] });
    expect(fit.coefficients).toEqual([0.5, -2]);
    expect(fit.intercept).toBe(0);
    expect(nonFinite(fit)).toEqual([]);
  });

  it('pulls towards the prior with thin evidence, hardly at all with plenty', () => {
    const pull = (n: number) => {
      const { rows, labels } = simulate(n, 5, 0, [0.5], (r) => [r() < 0.5 ? 1 : 0]);
      const [plain, pulled] = [0, 3].map((prior) => fitLogistic(designFrom(rows, 1), labels, { prior: [prior] }));
      return { plain: plain?.coefficients[0] ?? 0, pulled: pulled?.coefficients[0] ?? 0 };
    };
    const thin = pull(30);
    expect(thin.pulled).toBeGreaterThan(thin.plain + 0.2);
    expect(thin.pulled).toBeLessThan(3);
    const plenty = pull(20_000);
    expect(Math.abs(plenty.pulled - plenty.plain)).toBeLessThan(0.01);
  });

  it('is deterministic', () => {
    const { rows, labels } = simulate(500, 9, 0.3, [1, -1], (r) => [r(), r() < 0.2 ? 1 : 0]);
    expect(fitLogistic(designFrom(rows, 2), labels)).toEqual(fitLogistic(designFrom(rows, 2), labels));
  });
});

describe('designFrom', () => {
  it('stores only the finite non-zero values', () => {
    const design = designFrom(
      [
        [0, 2, Number.NaN],
        [1, 0, 3],
      ],
      3,
    );
    expect(Array.from(design.rowStart)).toEqual([0, 1, 3]);
    expect(Array.from(design.col)).toEqual([1, 0, 2]);
    expect(Array.from(design.value)).toEqual([2, 1, 3]);
  });
});
