/**
 * Kaplan–Meier survival (Kaplan & Meier 1958) for client lifetimes in days, with Greenwood standard
 * errors and a Brookmeyer–Crowley confidence interval for the median.
 *
 * At each distinct time t_j with n_j clients at risk (duration ≥ t_j) and d_j endings:
 *
 *   S(t) = Π_{t_j ≤ t} (1 − d_j/n_j)
 *   Var S(t) = S(t)² · Σ_{t_j ≤ t} d_j / (n_j (n_j − d_j))                       (Greenwood)
 *
 * Choices where the literature leaves room:
 * - A client censored at t_j (still active, or lost from view) counts as at risk at t_j: censoring is
 *   taken to happen just after the endings at the same time (the usual convention).
 * - Every distinct time appears as a step, also censoring-only times (S unchanged there).
 * - Pointwise 95 % interval on the log–log scale (Kalbfleisch & Prentice 1980; Collett 2015, ch. 2),
 *   which stays inside [0, 1]: with σ² the Greenwood sum above and z = 1.959964,
 *     lower = S^exp(+z σ/|ln S|),  upper = S^exp(−z σ/|ln S|).
 *   Where S = 1 (no ending yet) the interval is [1, 1]; where S = 0 (the last client at risk ended)
 *   Greenwood is undefined and the standard error and interval are reported as 0 and [0, 0].
 * - Median: the smallest t with S(t) ≤ 0.5 (Klein & Moeschberger 2003, ch. 4; R instead averages when S
 *   is exactly 0.5 over an interval). Null when the curve never reaches 0.5.
 * - Median interval, Brookmeyer & Crowley (1982) style: the set of t whose pointwise interval contains
 *   0.5, i.e. lower limit = the first t where the interval's lower bound is ≤ 0.5, upper limit = the
 *   first t where its upper bound is ≤ 0.5; null when not reached (as R's survfit with
 *   conf.type = "log-log" reports NA).
 * - Comparisons with 0.5 allow 1e-12 of floating-point error (a product such as 0.8 · 5/8 is 0.5).
 *
 * Example: durations 2, 3 (still active), 5, 5, 8 → S(2) = 4/5 = 0.8, S(5) = 0.8 · 1/3 = 0.2667,
 * S(8) = 0; median 5.
 */
export interface SurvivalObservation {
  durationDays: number;
  /** True when the client's relationship ended at `durationDays`; false when censored (still active). */
  ended: boolean;
}

export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  standardError: number;
  lower: number;
  upper: number;
}

export interface SurvivalCurve {
  observations: number;
  events: number;
  steps: SurvivalStep[];
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
}

export interface GroupedSurvivalCurve extends SurvivalCurve {
  group: string;
}

const z95 = 1.959963984540054;
const epsilon = 1e-12;

export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalCurve {
  for (const { durationDays } of observations) {
    if (!(Number.isFinite(durationDays) && durationDays >= 0)) throw new RangeError(`duration must be a finite number ≥ 0 (got ${durationDays})`);
  }
  const sorted = [...observations].sort((a, b) => a.durationDays - b.durationDays);
  const steps: SurvivalStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i]!.durationDays;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && sorted[i]!.durationDays === time; i++) {
      if (sorted[i]!.ended) events++;
      else censored++;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += events < atRisk ? events / (atRisk * (atRisk - events)) : 0;
    }
    steps.push({ time, atRisk, events, censored, survival, ...interval(survival, greenwood) });
    atRisk -= events + censored;
  }
  const firstAtOrBelowHalf = (value: (step: SurvivalStep) => number) => steps.find((step) => value(step) <= 0.5 + epsilon)?.time ?? null;
  return {
    observations: sorted.length,
    events: steps.reduce((sum, step) => sum + step.events, 0),
    steps,
    median: firstAtOrBelowHalf((step) => step.survival),
    medianLower: firstAtOrBelowHalf((step) => step.lower),
    medianUpper: firstAtOrBelowHalf((step) => step.upper),
  };
}

/** One curve per group, in ascending order of the group key (by UTF-16 code units, for determinism). */
export function byGroup(observations: readonly (SurvivalObservation & { group: string })[]): GroupedSurvivalCurve[] {
  const groups = new Map<string, SurvivalObservation[]>();
  for (const observation of observations) {
    const members = groups.get(observation.group) ?? [];
    members.push(observation);
    groups.set(observation.group, members);
  }
  return [...groups.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((group) => ({ group, ...kaplanMeier(groups.get(group)!) }));
}

function interval(survival: number, greenwood: number): Pick<SurvivalStep, 'standardError' | 'lower' | 'upper'> {
  if (survival >= 1) return { standardError: 0, lower: 1, upper: 1 };
  if (survival <= 0) return { standardError: 0, lower: 0, upper: 0 };
  const sigma = Math.sqrt(greenwood);
  const spread = (z95 * sigma) / Math.abs(Math.log(survival));
  return { standardError: survival * sigma, lower: survival ** Math.exp(spread), upper: survival ** Math.exp(-spread) };
}
