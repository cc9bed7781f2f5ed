/**
 * Shifted-beta-geometric (sBG) model for contractual retention, Fader & Hardie (2007), "How to project
 * customer retention", Journal of Interactive Marketing 21(1): each customer renews every period with
 * her own probability 1 − θ; θ varies across customers as Beta(α, β). Then
 *
 *   P(T = 1) = α/(α+β),   P(T = t) = P(T = t−1) · (β+t−2)/(α+β+t−1)            (churn in period t)
 *   S(t) = S(t−1) · (β+t−1)/(α+β+t−1),  S(0) = 1                                 (still active after t)
 *   r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1)                                       (retention rate)
 *
 * and, with n_t = survivors[t−1] − survivors[t] churned in period t and survivors[n] still active,
 *
 *   LL(α, β) = Σ_{t=1..n} n_t · ln P(T = t) + survivors[n] · ln S(n).
 *
 * Everything is computed in log space (ln S accumulates ln r; ln P(t) = ln S(t−1) + ln(α/(α+β+t−1)),
 * which equals the recursion above), so long horizons cannot underflow.
 *
 * Choices where the paper leaves room: the maximum is found by Nelder–Mead on (ln α, ln β), which
 * keeps both parameters positive without constraints. Starting points are a fixed grid
 * (α, β) ∈ {0.1, 1, 10}², the best result is then restarted from its own optimum with a fresh simplex
 * until the log-likelihood improves by less than 1e-9 (at most 5 restarts) — deterministic, and robust
 * to the flat ridges the likelihood has when α and β are both large. The search is confined to
 * ln α, ln β ∈ [−15, 15]; `atBoundary` is true when the optimum touches that box, which means the
 * data do not identify the model (e.g. nobody churned, or everybody churned in period 1). At least two
 * periods are required: one period identifies only α/(α+β).
 *
 * Example: the "regular" cohort of Fader & Hardie (2007), survivors 1000, 631, 468, 382, 326, 289,
 * 262, 241, gives α ≈ 0.704, β ≈ 1.182, LL ≈ −1680.27; then r(1) = 1.182/1.886 ≈ 0.627.
 */
import { nelderMead } from './nelder-mead.ts';

export interface ShiftedBetaGeometricFit {
  alpha: number;
  beta: number;
  logLikelihood: number;
  /** Nelder–Mead iterations over all starts and restarts. */
  iterations: number;
  atBoundary: boolean;
}

export interface RetentionPoint {
  /** Period t = 1, 2, …: the t-th renewal decision. */
  period: number;
  /** P(T = t): share of the original cohort expected to churn at period t. */
  churnProbability: number;
  /** S(t): share of the original cohort expected to be active after t renewals. */
  survival: number;
  /** r(t) = S(t)/S(t−1). */
  retention: number;
}

const logBound = 15;
const startingValues = [0.1, 1, 10];
const maxRestarts = 5;

/** LL(α, β) for survivors[0] = cohort size, survivors[t] = active after t renewals. */
export function shiftedBetaGeometricLogLikelihood(alpha: number, beta: number, survivors: readonly number[]): number {
  let logSurvival = 0;
  let total = 0;
  for (let t = 1; t < survivors.length; t++) {
    const churned = survivors[t - 1]! - survivors[t]!;
    if (churned > 0) total += churned * (logSurvival + Math.log(alpha / (alpha + beta + t - 1)));
    logSurvival += Math.log((beta + t - 1) / (alpha + beta + t - 1));
  }
  const remaining = survivors[survivors.length - 1]!;
  return remaining > 0 ? total + remaining * logSurvival : total;
}

export function fitShiftedBetaGeometric(survivors: readonly number[]): ShiftedBetaGeometricFit {
  validateSurvivors(survivors);
  const objective = ([logAlpha, logBeta]: number[]) =>
    Math.abs(logAlpha!) > logBound || Math.abs(logBeta!) > logBound
      ? Number.POSITIVE_INFINITY
      : -shiftedBetaGeometricLogLikelihood(Math.exp(logAlpha!), Math.exp(logBeta!), survivors);

  let iterations = 0;
  let best = { point: [0, 0], value: Number.POSITIVE_INFINITY };
  for (const alpha of startingValues) {
    for (const beta of startingValues) {
      const result = nelderMead(objective, [Math.log(alpha), Math.log(beta)]);
      iterations += result.iterations;
      if (result.value < best.value) best = result;
    }
  }
  for (let restart = 0; restart < maxRestarts; restart++) {
    const result = nelderMead(objective, best.point, { initialStep: 0.1 });
    iterations += result.iterations;
    const improvement = best.value - result.value;
    if (result.value < best.value) best = result;
    if (improvement < 1e-9) break;
  }

  const [logAlpha, logBeta] = best.point as [number, number];
  const atBoundary = Math.max(Math.abs(logAlpha), Math.abs(logBeta)) > logBound - 0.1;
  return { alpha: Math.exp(logAlpha), beta: Math.exp(logBeta), logLikelihood: -best.value, iterations, atBoundary };
}

/** Projected churn, survival and retention for periods 1..`periods`. */
export function retentionCurve(alpha: number, beta: number, periods: number): RetentionPoint[] {
  validateParameters(alpha, beta);
  const curve: RetentionPoint[] = [];
  let logSurvival = 0;
  for (let t = 1; t <= periods; t++) {
    const retention = (beta + t - 1) / (alpha + beta + t - 1);
    const churnProbability = Math.exp(logSurvival) * (1 - retention);
    logSurvival += Math.log(retention);
    curve.push({ period: t, churnProbability, survival: Math.exp(logSurvival), retention });
  }
  return curve;
}

export function validateParameters(alpha: number, beta: number): void {
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new RangeError(`sBG parameters must be positive and finite (got α=${alpha}, β=${beta})`);
  }
}

function validateSurvivors(survivors: readonly number[]): void {
  if (survivors.length < 3) throw new RangeError('sBG fit needs the cohort size and at least two periods (one period identifies only α/(α+β))');
  if (!(survivors[0]! > 0)) throw new RangeError('sBG fit needs a positive cohort size at period 0');
  survivors.forEach((count, t) => {
    if (!(Number.isFinite(count) && count >= 0)) throw new RangeError(`survivors[${t}] must be a non-negative number (got ${count})`);
    if (t > 0 && count > survivors[t - 1]!) throw new RangeError(`survivors must not increase (survivors[${t}] = ${count} > ${survivors[t - 1]})`);
  });
}
