/**
 * Additive Holt–Winters (Winters 1960) in the component form of Hyndman & Athanasopoulos, "Forecasting:
 * principles and practice" (3rd ed.), §8.3, with season length m (12 for monthly data):
 *
 *   ŷ_t      = ℓ_{t−1} + b_{t−1} + s_{t−m}
 *   ℓ_t      = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + b_{t−1})
 *   b_t      = β (ℓ_t − ℓ_{t−1}) + (1 − β) b_{t−1}
 *   s_t      = γ (y_t − ℓ_{t−1} − b_{t−1}) + (1 − γ) s_{t−m}
 *   ŷ_{n+h}  = ℓ_n + h b_n + s_{n+h−m(⌊(h−1)/m⌋+1)}
 *
 * Choices where the literature leaves room:
 * - Initial states from the first two seasons, a simplification of the classical heuristic in
 *   Hyndman, Koehler, Ord & Snyder (2008), §2.6: with A1, A2 the means of seasons 1 and 2,
 *   b_0 = (A2 − A1)/m and ℓ_0 = A1 − b_0 (m+1)/2, so that ℓ_0 + t b_0 is the straight line through both
 *   seasonal means; s_j is the average of y − (ℓ_0 + t b_0) over the two occurrences of season
 *   position j, shifted to sum to zero. A straight line or an exactly
 *   repeating season is therefore reproduced exactly. At least 2m values are required.
 * - α, β, γ: the combination of the coarse grid {0.05, 0.1, 0.2, …, 0.9}³ with the smallest in-sample
 *   sum of squared one-step errors, the recursion running over the whole series from t = 1 (the two
 *   initial seasons included, so that a series of exactly 2m values still scores). Ties go to the first
 *   combination in ascending (α, β, γ) order, i.e. to the smoother model. No constraints beyond the grid.
 *
 * Example: y_t = 1000 + 10 t for 24 months gives b_0 = 10, ℓ_0 = 1000, all s_j = 0, and forecasts
 * 1250, 1260, 1270 for months 25–27 whatever the smoothing parameters.
 */
export interface HoltWintersForecast {
  alpha: number;
  beta: number;
  gamma: number;
  sse: number;
  forecast: number[];
}

interface States {
  level: number;
  trend: number;
  season: number[];
}

const grid = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

export function holtWintersAdditive(values: readonly number[], horizon: number, period = 12): HoltWintersForecast {
  if (values.length < 2 * period) throw new RangeError(`Holt–Winters needs at least ${2 * period} values (got ${values.length})`);
  const initial = initialStates(values, period);
  let best: { alpha: number; beta: number; gamma: number; sse: number; states: States } | null = null;
  for (const alpha of grid) {
    for (const beta of grid) {
      for (const gamma of grid) {
        const { sse, states } = smooth(values, initial, alpha, beta, gamma);
        if (best === null || sse < best.sse) best = { alpha, beta, gamma, sse, states };
      }
    }
  }
  const { alpha, beta, gamma, sse, states } = best!;
  const forecast = Array.from({ length: horizon }, (_, i) => states.level + (i + 1) * states.trend + states.season[(values.length + i) % period]!);
  return { alpha, beta, gamma, sse, forecast };
}

function initialStates(values: readonly number[], period: number): States {
  const mean = (from: number) => values.slice(from, from + period).reduce((sum, y) => sum + y, 0) / period;
  const trend = (mean(period) - mean(0)) / period;
  const level = mean(0) - (trend * (period + 1)) / 2;
  const raw = Array.from({ length: period }, (_, j) => {
    const first = values[j]! - (level + (j + 1) * trend);
    const second = values[j + period]! - (level + (j + 1 + period) * trend);
    return (first + second) / 2;
  });
  const offset = raw.reduce((sum, s) => sum + s, 0) / period;
  return { level, trend, season: raw.map((s) => s - offset) };
}

function smooth(values: readonly number[], initial: States, alpha: number, beta: number, gamma: number): { sse: number; states: States } {
  let { level, trend } = initial;
  const season = [...initial.season];
  let sse = 0;
  values.forEach((y, i) => {
    const j = i % season.length;
    const seasonal = season[j]!;
    const error = y - (level + trend + seasonal);
    sse += error * error;
    const nextLevel = alpha * (y - seasonal) + (1 - alpha) * (level + trend);
    season[j] = gamma * (y - level - trend) + (1 - gamma) * seasonal;
    trend = beta * (nextLevel - level) + (1 - beta) * trend;
    level = nextLevel;
  });
  return { sse, states: { level, trend, season } };
}
