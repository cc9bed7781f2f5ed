/**
 * Inverse what-if: the cheapest lever changes that bring a month's revenue within 5 % of a target.
 *
 * Each lever may rise from 0 to its bound in whole grid steps (1 point, R$ 1, 1 client or 1 sale a
 * month); using a lever up to its bound costs its weight: cost = Σ_i w_i · Δ_i / bound_i. Defaults:
 * renewal +5 points at most (weight 3,0), ticket +R$ 20 (1,0), new clients +10 a month (2,5), upsell
 * +5 points (1,5); trial and GYMPASS conversion and packs and drop-ins are searched only when given a
 * bound. The search is exact over the grid: every combination of all levers but the last is visited
 * (cut short when even the remaining levers at their bounds cannot reach the target, or when the cost so
 * far is no better than the best found), and, revenue rising with every lever, the cheapest value of the
 * last lever is found by bisection: the smallest one reaching 95 % of the target, kept only if it does not
 * pass 105 %. No gradients. Ties keep the first combination found (levers in levers.ts order).
 *
 *   already reached  the unchanged levers already give more than 105 % of the target
 *   feasible         the cheapest combination, and its forward scenario
 *   infeasible       the closest reachable revenue (every lever at its bound), and for each lever that
 *                    moves revenue, how far it alone would have to go past its bound to reach 95 % of the
 *                    target (null when not even a rate of 100 % would)
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { forwardScenario, maximumHorizonMonths, type ForwardScenario } from './forward.ts';
import { changeInLeverUnits, leverIds, leverUnit, type LeverChanges, type LeverId } from './levers.ts';
import { projectMonths, withChanges, type RevenueModel } from './revenue-model.ts';

export type LeverBounds = Record<LeverId, number>;
export type CostWeights = Record<LeverId, number>;

export const defaultLeverBounds: LeverBounds = { renewal: 5, ticket: 2_000, newClients: 10, trialConversion: 0, gympassConversion: 0, upsell: 5, packsAndDropIns: 0 };
export const defaultCostWeights: CostWeights = { renewal: 3, ticket: 1, newClients: 2.5, trialConversion: 2, gympassConversion: 2, upsell: 1.5, packsAndDropIns: 1 };
export const leverGridStep: Record<LeverId, number> = { renewal: 1, ticket: 100, newClients: 1, trialConversion: 1, gympassConversion: 1, upsell: 1, packsAndDropIns: 1 };
export const targetTolerance = 0.05;

export interface InverseRequest {
  targetCents: number;
  /** The month of the target, "YYYY-MM-01", 1 to 12 months after the month of the model's asOf. */
  month: CalendarDate;
  bounds?: Partial<LeverBounds>;
  weights?: Partial<CostWeights>;
}

export interface BlockingBound {
  lever: LeverId;
  bound: number;
  /** The change (lever units) this lever alone would need, the others at their bounds; null: not even at its limit. */
  neededChange: number | null;
}

export interface InverseAnswer {
  status: 'already-reached' | 'feasible' | 'infeasible';
  targetCents: number;
  month: CalendarDate;
  monthsAhead: number;
  baselineRevenueCents: number;
  /** The changes proposed (feasible), none (already reached), or every lever at its bound (infeasible). */
  changes: LeverChanges;
  cost: number;
  /** The revenue of the month with those changes. */
  revenueCents: number;
  blocking: BlockingBound[];
  bounds: LeverBounds;
  weights: CostWeights;
  forward: ForwardScenario;
}

/** How many months after the model's last month `month` is (1 = the first projected), or null outside 1–12. */
export function monthsAhead(model: RevenueModel, month: CalendarDate): number | null {
  const [y0, m0] = model.firstMonth.split('-').map(Number) as [number, number];
  const [y1, m1] = month.split('-').map(Number) as [number, number];
  const ahead = (y1 - y0) * 12 + (m1 - m0) + 1;
  return ahead >= 1 && ahead <= maximumHorizonMonths ? ahead : null;
}

function validated<T extends Record<LeverId, number>>(defaults: T, given: Partial<T> | undefined, positive: boolean): T {
  const merged = { ...defaults, ...given };
  for (const lever of leverIds) {
    const value = merged[lever];
    if (!Number.isFinite(value) || value < 0 || (positive && value === 0)) throw new RangeError(`${lever}: ${value} is not a valid ${positive ? 'weight' : 'bound'}`);
  }
  return merged;
}

export function inverseScenario(model: RevenueModel, request: InverseRequest): InverseAnswer {
  const ahead = monthsAhead(model, request.month);
  if (ahead === null) throw new RangeError(`month ${request.month} is not 1 to ${maximumHorizonMonths} months after ${model.asOf}`);
  if (!(request.targetCents > 0)) throw new RangeError(`target must be positive (got ${request.targetCents})`);
  const bounds = validated(defaultLeverBounds, request.bounds, false);
  const weights = validated(defaultCostWeights, request.weights, true);
  const low = (1 - targetTolerance) * request.targetCents;
  const high = (1 + targetTolerance) * request.targetCents;
  const revenueWith = (changes: LeverChanges) => Math.round(projectMonths(model, withChanges(model, changes), ahead)[ahead - 1]!.revenue);

  const searched = leverIds.filter((lever) => bounds[lever] >= leverGridStep[lever]);
  const steps = searched.map((lever) => Math.floor(bounds[lever] / leverGridStep[lever]));
  const changesAt = (indices: readonly number[]): LeverChanges =>
    Object.fromEntries(searched.map((lever, i) => [lever, (indices[i] ?? 0) * leverGridStep[lever]]).filter(([, change]) => change !== 0));
  const costOf = (changes: LeverChanges) => searched.reduce((sum, lever) => sum + (weights[lever] * (changes[lever] ?? 0)) / bounds[lever], 0);

  const baselineRevenueCents = revenueWith({});
  const answer = (status: InverseAnswer['status'], changes: LeverChanges, blocking: BlockingBound[] = []): InverseAnswer => ({
    status, targetCents: request.targetCents, month: request.month, monthsAhead: ahead, baselineRevenueCents, changes,
    cost: costOf(changes), revenueCents: revenueWith(changes), blocking, bounds, weights, forward: forwardScenario(model, changes, ahead),
  });
  if (baselineRevenueCents > high) return answer('already-reached', {});
  if (baselineRevenueCents >= low) return answer('feasible', {});

  const atBounds = changesAt(steps);
  if (revenueWith(atBounds) < low) return answer('infeasible', atBounds, blockingBounds(model, searched.length ? atBounds : {}, bounds, low, revenueWith));

  let best: { indices: number[]; cost: number } | null = null;
  let closest = { changes: atBounds, distance: Math.abs(revenueWith(atBounds) - request.targetCents) };
  const last = searched.length - 1;
  const visit = (level: number, indices: number[], cost: number): void => {
    if (best && cost >= best.cost) return;
    const withRestAtBounds = [...indices, ...steps.slice(level)];
    if (revenueWith(changesAt(withRestAtBounds)) < low) return;
    if (level === last) {
      let lo = 0;
      let hi = steps[level]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (revenueWith(changesAt([...indices, mid])) >= low) hi = mid;
        else lo = mid + 1;
      }
      const candidate = [...indices, lo];
      const revenue = revenueWith(changesAt(candidate));
      const total = cost + (weights[searched[level]!] * lo * leverGridStep[searched[level]!]) / bounds[searched[level]!];
      if (Math.abs(revenue - request.targetCents) < closest.distance) closest = { changes: changesAt(candidate), distance: Math.abs(revenue - request.targetCents) };
      if (revenue <= high && (!best || total < best.cost)) best = { indices: candidate, cost: total };
      return;
    }
    const lever = searched[level]!;
    for (let index = 0; index <= steps[level]!; index++) visit(level + 1, [...indices, index], cost + (weights[lever] * index * leverGridStep[lever]) / bounds[lever]);
  };
  visit(0, [], 0);
  const found = best as { indices: number[]; cost: number } | null;
  return found ? answer('feasible', changesAt(found.indices)) : answer('infeasible', closest.changes, blockingBounds(model, atBounds, bounds, low, revenueWith));
}

/** Every lever that moves revenue, at its bound, and how far it alone would have to go (bisection, up to a centavo or 0,01 of a point or a client). */
function blockingBounds(model: RevenueModel, atBounds: LeverChanges, bounds: LeverBounds, low: number, revenueWith: (changes: LeverChanges) => number): BlockingBound[] {
  const blocking: BlockingBound[] = [];
  for (const lever of leverIds) {
    const bound = bounds[lever];
    const limit = leverUnit[lever] === 'points'
      ? changeInLeverUnits(lever, 1 - model.levers[lever].value)
      : 100 * Math.max(bound, lever === 'ticket' ? model.levers.ticket.value : 1);
    const revenueAt = (change: number) => revenueWith({ ...atBounds, [lever]: change });
    if (limit <= bound || revenueAt(limit) <= revenueAt(bound)) continue;
    if (revenueAt(limit) < low) {
      blocking.push({ lever, bound, neededChange: null });
      continue;
    }
    let lo = bound;
    let hi = limit;
    while (hi - lo > 0.01) {
      const mid = (lo + hi) / 2;
      if (revenueAt(mid) >= low) hi = mid;
      else lo = mid;
    }
    blocking.push({ lever, bound, neededChange: leverUnit[lever] === 'cents' ? Math.ceil(hi) : Math.ceil(hi * 100) / 100 });
  }
  return blocking;
}
