/*
 * L2-regularized logistic regression by Newton's method (IRLS) with step halving.
 *
 * Why Newton rather than gradient descent: there are few features (one per rule, tens) and many rows,
 * so each step costs one pass building the (features+1)² Hessian and a tiny Cholesky solve; it
 * converges in a handful of steps with no learning rate to tune, and the Hessian it ends with gives
 * the standard errors. The penalty makes the loss strictly convex, so the optimum is unique and finite
 * even for separable data, constant or never-firing features, or a single class; the Hessian is
 * positive definite, so Cholesky never fails. Nothing is random: the result is deterministic.
 *
 * theta[0] is the intercept, theta[j + 1] the coefficient of column j; `center` holds the prior means.
 */

/** Rows of features, stored sparsely (most rules do not fire for most leads). */
export interface Design {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

export interface LogisticOptions {
  /**
   * Penalty on each coefficient: a Normal(prior, 1/l2) prior. The default 1 is a standard deviation of
   * 1 log-odds per rule hit: strong shrinkage at 30 outcomes, slight at thousands.
   */
  l2?: number;
  /** Penalty on the intercept; tiny, but it keeps the intercept finite when every label is the same. */
  interceptL2?: number;
  /** Where each coefficient is pulled to (the prior mean); 0 by default. */
  prior?: ArrayLike<number>;
}

export interface LogisticFit {
  intercept: number;
  coefficients: number[];
  /** From the inverse of the penalized Hessian (the Laplace approximation to the posterior). */
  standardErrors: number[];
  /** 95%: coefficient ± 1.96 standard errors. */
  intervals: [number, number][];
  iterations: number;
  converged: boolean;
}

const Z95 = 1.959963984540054;
const MAX_ITERATIONS = 100;

export function designFrom(rows: readonly ArrayLike<number>[], cols: number): Design {
  const rowStart = new Int32Array(rows.length + 1);
  const col: number[] = [];
  const value: number[] = [];
  rows.forEach((row, i) => {
    for (let j = 0; j < cols; j++) {
      const v = row[j] ?? 0;
      if (v !== 0 && Number.isFinite(v)) {
        col.push(j);
        value.push(v);
      }
    }
    rowStart[i + 1] = col.length;
  });
  return { rows: rows.length, cols, rowStart, col: Int32Array.from(col), value: Float64Array.from(value) };
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** The linear predictor of row i; theta[0] is the intercept. */
function eta(design: Design, theta: Float64Array, i: number): number {
  let s = theta[0] ?? 0;
  for (let k = design.rowStart[i] ?? 0; k < (design.rowStart[i + 1] ?? 0); k++) {
    s += (theta[(design.col[k] ?? 0) + 1] ?? 0) * (design.value[k] ?? 0);
  }
  return s;
}

interface Penalty {
  weight: Float64Array;
  center: Float64Array;
}

function loss(design: Design, y: ArrayLike<number>, theta: Float64Array, penalty: Penalty): number {
  let total = 0;
  for (let i = 0; i < design.rows; i++) {
    const e = eta(design, theta, i);
    total += softplus(e) - (y[i] ?? 0) * e;
  }
  theta.forEach((t, j) => {
    const d = t - (penalty.center[j] ?? 0);
    total += 0.5 * (penalty.weight[j] ?? 0) * d * d;
  });
  return total;
}

/** Gradient and Hessian (dense, row-major, size p×p with p = cols + 1) of the penalized loss. */
function derivatives(design: Design, y: ArrayLike<number>, theta: Float64Array, penalty: Penalty) {
  const p = design.cols + 1;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  for (let i = 0; i < design.rows; i++) {
    const mu = sigmoid(eta(design, theta, i));
    const r = mu - (y[i] ?? 0);
    const w = mu * (1 - mu);
    const start = design.rowStart[i] ?? 0;
    const end = design.rowStart[i + 1] ?? 0;
    gradient[0] = (gradient[0] ?? 0) + r;
    hessian[0] = (hessian[0] ?? 0) + w;
    for (let k = start; k < end; k++) {
      const a = (design.col[k] ?? 0) + 1;
      const va = design.value[k] ?? 0;
      gradient[a] = (gradient[a] ?? 0) + r * va;
      hessian[a] = (hessian[a] ?? 0) + w * va;
      // Columns ascend within a row, so this fills the upper triangle.
      for (let l = k; l < end; l++) {
        const b = (design.col[l] ?? 0) + 1;
        hessian[a * p + b] = (hessian[a * p + b] ?? 0) + w * va * (design.value[l] ?? 0);
      }
    }
  }
  for (let a = 0; a < p; a++) {
    const weight = penalty.weight[a] ?? 0;
    gradient[a] = (gradient[a] ?? 0) + weight * ((theta[a] ?? 0) - (penalty.center[a] ?? 0));
    hessian[a * p + a] = (hessian[a * p + a] ?? 0) + weight;
    for (let b = a + 1; b < p; b++) hessian[b * p + a] = hessian[a * p + b] ?? 0;
  }
  return { gradient, hessian };
}

/** Lower-triangular L with LLᵀ = m (m symmetric positive definite, row-major p×p). */
function cholesky(m: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i * p + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] ?? 0) * (l[j * p + k] ?? 0);
      // The penalty keeps the diagonal positive; the floor only guards against rounding.
      l[i * p + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / (l[j * p + j] ?? 1);
    }
  }
  return l;
}

/** Solves LLᵀx = b. */
function solve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] ?? 0) * (z[k] ?? 0);
    z[i] = s / (l[i * p + i] ?? 1);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] ?? 0;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (l[i * p + i] ?? 1);
  }
  return x;
}

export function fitLogistic(design: Design, y: ArrayLike<number>, options: LogisticOptions = {}): LogisticFit {
  const { l2 = 1, interceptL2 = 1e-4, prior = [] } = options;
  const p = design.cols + 1;
  const weight = new Float64Array(p).fill(l2);
  weight[0] = interceptL2;
  const center = new Float64Array(p);
  for (let j = 1; j < p; j++) center[j] = Number.isFinite(prior[j - 1]) ? (prior[j - 1] ?? 0) : 0;
  const penalty = { weight, center };
  // Starting at the prior: when it is the current model, little is left to move.
  let theta = Float64Array.from(center);
  let current = loss(design, y, theta, penalty);
  let iterations = 0;
  let converged = false;
  while (iterations < MAX_ITERATIONS && !converged) {
    iterations++;
    const { gradient, hessian } = derivatives(design, y, theta, penalty);
    const step = solve(cholesky(hessian, p), p, gradient);
    const decrease = step.reduce((s, v, j) => s + v * (gradient[j] ?? 0), 0);
    // Step halving (Armijo): a full Newton step can overshoot far from the optimum.
    let t = 1;
    let next = theta;
    let nextLoss = current;
    while (t > 1e-10) {
      const candidate = theta.map((v, j) => v - t * (step[j] ?? 0));
      const candidateLoss = loss(design, y, candidate, penalty);
      if (candidateLoss <= current - 1e-4 * t * decrease) {
        next = candidate;
        nextLoss = candidateLoss;
        break;
      }
      t /= 2;
    }
    const moved = step.reduce((m, v) => Math.max(m, Math.abs(t * v)), 0);
    // No acceptable step left means the loss cannot go lower in floating point: we are there.
    converged = next === theta || moved < 1e-9 || current - nextLoss < 1e-12 * (1 + Math.abs(current));
    theta = next;
    current = nextLoss;
  }
  const { hessian } = derivatives(design, y, theta, penalty);
  const l = cholesky(hessian, p);
  const standardErrors: number[] = [];
  for (let j = 1; j < p; j++) {
    const unit = new Float64Array(p);
    unit[j] = 1;
    standardErrors.push(Math.sqrt(Math.max(0, solve(l, p, unit)[j] ?? 0)));
  }
  const coefficients = Array.from(theta.subarray(1));
  return {
    intercept: theta[0] ?? 0,
    coefficients,
    standardErrors,
    intervals: coefficients.map((c, j) => [c - Z95 * (standardErrors[j] ?? 0), c + Z95 * (standardErrors[j] ?? 0)]),
    iterations,
    converged,
  };
}
