/**
 * Logistic regression for "did not renew within 15 days after expiry" (y = 1), fitted by Newton's
 * method (equivalently IRLS) on the L2-penalised log-likelihood
 *
 *   ℓ(w) = Σ_i [ y_i η_i − ln(1 + e^{η_i}) ] − (λ/2) Σ_{j≥1} w_j²,   η_i = w_0 + Σ_j w_j z_ij,
 *   p_i = 1 / (1 + e^{−η_i}).
 *
 * Newton step: (Zᵀ W Z + λ I₀) Δ = Zᵀ(y − p) − λ I₀ w, W = diag(p_i (1 − p_i)), I₀ = identity with a
 * 0 for the intercept, solved by Cholesky.
 *
 * Choices where the literature leaves room:
 * - Features are standardised internally (z = (x − mean)/sd, population sd) so that one λ treats a
 *   count of days and a 0–1 pace alike and Newton is well conditioned; the returned coefficients are
 *   transformed back to the original units. A feature that never varies gets coefficient 0.
 * - The intercept is not penalised (the base rate is not shrunk). λ = `l2` may be 0 (plain maximum
 *   likelihood); a small λ keeps the fit finite on separable data.
 * - Step halving (up to 30 times) whenever a full step would lower ℓ, from w = 0; converged when the
 *   largest coordinate change is below 1e-9 (at most 100 iterations). Deterministic.
 * - Training data must contain both outcomes: with a single outcome the unpenalised intercept has
 *   no finite maximum.
 *
 * Example: one 0/1 feature, 1 of 4 positive at x = 0 and 3 of 4 at x = 1, λ ≈ 0: the fitted
 * probabilities are the observed rates, so w_0 = ln(1/3) = −1.0986 and w_1 = ln 3 − ln(1/3) = 2.1972.
 */
export interface LogisticRow {
  x: number[];
  y: 0 | 1;
}

export interface LogisticModel {
  intercept: number;
  coefficients: number[];
  penalizedLogLikelihood: number;
  iterations: number;
  converged: boolean;
}

export interface Readiness {
  ready: boolean;
  /** pt-BR, for the owner: why the model speaks (or not yet) of probability. */
  reason: string;
}

const maxIterations = 100;
const stepTolerance = 1e-9;
const minimumSnapshotMonths = 6;

export function fitLogistic(rows: readonly LogisticRow[], { l2 }: { l2: number }): LogisticModel {
  if (!(l2 >= 0 && Number.isFinite(l2))) throw new RangeError(`l2 must be a finite number ≥ 0 (got ${l2})`);
  if (rows.length === 0) throw new RangeError('logistic regression needs at least one row');
  const width = rows[0]!.x.length;
  for (const { x, y } of rows) {
    if (x.length !== width || !x.every(Number.isFinite)) throw new RangeError(`every row needs ${width} finite features`);
    if (y !== 0 && y !== 1) throw new RangeError(`labels must be 0 or 1 (got ${y})`);
  }
  if (rows.every((row) => row.y === rows[0]!.y)) throw new RangeError('logistic regression needs both outcomes (0 and 1) in the training rows');

  const means = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + row.x[j]!, 0) / rows.length);
  const sds = means.map((mean, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row.x[j]! - mean) ** 2, 0) / rows.length));
  const varying = sds.flatMap((sd, j) => (sd > 0 ? [j] : []));
  const design = rows.map((row) => [1, ...varying.map((j) => (row.x[j]! - means[j]!) / sds[j]!)]);
  const labels = rows.map((row) => row.y);
  const size = varying.length + 1;
  const objective = (w: number[]) =>
    design.reduce((sum, z, i) => {
      const eta = dot(z, w);
      return sum + labels[i]! * eta - softplus(eta);
    }, 0) - (l2 / 2) * w.reduce((sum, v, j) => (j === 0 ? sum : sum + v * v), 0);

  let w = new Array<number>(size).fill(0);
  let value = objective(w);
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const gradient = w.map((v, j) => (j === 0 ? 0 : -l2 * v));
    const hessian = Array.from({ length: size }, (_, j) => Array.from({ length: size }, (_, k) => (j === k && j > 0 ? l2 : 0)));
    design.forEach((z, i) => {
      const p = sigmoid(dot(z, w));
      const weight = p * (1 - p);
      for (let j = 0; j < size; j++) {
        gradient[j]! += (labels[i]! - p) * z[j]!;
        for (let k = 0; k < size; k++) hessian[j]![k]! += weight * z[j]! * z[k]!;
      }
    });
    const step = choleskySolve(hessian, gradient);
    let scale = 1;
    let candidate = w.map((v, j) => v + step[j]!);
    let candidateValue = objective(candidate);
    for (let halvings = 0; candidateValue < value && halvings < 30; halvings++) {
      scale /= 2;
      candidate = w.map((v, j) => v + scale * step[j]!);
      candidateValue = objective(candidate);
    }
    converged = Math.max(...step.map((s) => Math.abs(scale * s))) < stepTolerance;
    if (candidateValue >= value) {
      w = candidate;
      value = candidateValue;
    }
  }

  const coefficients = new Array<number>(width).fill(0);
  varying.forEach((j, position) => (coefficients[j] = w[position + 1]! / sds[j]!));
  const intercept = w[0]! - coefficients.reduce((sum, c, j) => sum + c * means[j]!, 0);
  return { intercept, coefficients, penalizedLogLikelihood: value, iterations, converged };
}

/** P(y = 1 | x) = 1/(1 + e^{−(w_0 + Σ w_j x_j)}). */
export function predict(model: LogisticModel, x: readonly number[]): number {
  if (x.length !== model.coefficients.length) throw new RangeError(`expected ${model.coefficients.length} features (got ${x.length})`);
  return sigmoid(model.intercept + dot(model.coefficients, x));
}

/** The domain's rule (DOMAIN.md §2): speak of probability only with six months of snapshots. */
export function readyForProbability(snapshotMonths: number): Readiness {
  if (!(snapshotMonths >= 0 && Number.isFinite(snapshotMonths))) throw new RangeError(`snapshot months must be ≥ 0 (got ${snapshotMonths})`);
  const months = Math.floor(snapshotMonths);
  const count = `${months} ${months === 1 ? 'mês' : 'meses'}`;
  return months < minimumSnapshotMonths
    ? {
        ready: false,
        reason: `Há ${count} de retratos diários; a chance de não renovar só é estimada com pelo menos ${minimumSnapshotMonths} meses, para que o modelo seja conferido em meses mais recentes que os usados no ajuste. Até lá, o risco é uma pontuação por regras, não uma probabilidade.`,
      }
    : { ready: true, reason: `Há ${count} de retratos diários: o modelo pode ser ajustado nos meses mais antigos e conferido nos mais recentes (AUC e Brier).` };
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, v, i) => sum + v * b[i]!, 0);
}

function sigmoid(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

/** ln(1 + e^η) without overflow. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** Solves A x = b for symmetric positive definite A. */
function choleskySolve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (!(sum > 1e-14)) throw new RangeError('logistic regression: singular system (collinear features, or separable data without penalty); use l2 > 0');
        lower[i]![i] = Math.sqrt(sum);
      } else {
        lower[i]![j] = sum / lower[j]![j]!;
      }
    }
  }
  const forward = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) forward[i] = (b[i]! - lower[i]!.slice(0, i).reduce((sum, l, k) => sum + l * forward[k]!, 0)) / lower[i]![i]!;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = forward[i]!;
    for (let k = i + 1; k < n; k++) sum -= lower[k]![i]! * x[k]!;
    x[i] = sum / lower[i]![i]!;
  }
  return x;
}
