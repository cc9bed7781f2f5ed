/**
 * Forward what-if: given lever changes, the next months' revenue and active clients, each with an 80 %
 * interval, and each lever's contribution to the change from the baseline (the fitted levers unchanged).
 *
 *   point     the model (revenue-model.ts) with the changed levers
 *   interval  point ± 1,2816 · √(Σ_i δ_i²), δ_i = (f(x_i + sd_i) − f(x_i − sd_i)) / 2: every fitted input
 *             (levers and structural rates) moved by its month-to-month standard deviation, one at a time,
 *             taken as independent (first-order error propagation); revenue and clients are not negative
 *   parts     Shapley values over the changed levers (shapley-contributions.ts), rounded so that they add up
 *             to the rounded total change
 *
 * Seasonality is taken as known: its own error is not in the interval.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { changeInLeverUnits, leverIds, type LeverChanges, type LeverId } from './levers.ts';
import { clampInput, fittedValues, projectMonths, structuralIds, withChanges, type ModelInputId, type ModelValues, type RevenueModel } from './revenue-model.ts';
import { shapleyContributions } from './shapley-contributions.ts';
import { wholeParts } from './whole-parts.ts';
import { z80 } from '../eighty-percent-interval.ts';

export const intervalLevel = 0.8;
export const maximumHorizonMonths = 12;

export interface LeverContribution {
  lever: LeverId;
  revenueCents: number;
  activeClients: number;
}

export interface ForwardMonth {
  month: CalendarDate;
  baselineRevenueCents: number;
  revenueCents: number;
  lowerCents: number;
  upperCents: number;
  baselineActiveClients: number;
  activeClients: number;
  activeLower: number;
  activeUpper: number;
  contributions: LeverContribution[];
}

/** A lever as fitted and as changed, in its own unit (levers.ts): points for rates, centavos, counts a month. */
export interface LeverState {
  lever: LeverId;
  current: number;
  sd: number;
  months: number;
  change: number;
  changed: number;
}

export interface ForwardScenario {
  asOf: CalendarDate;
  changes: LeverChanges;
  months: ForwardMonth[];
  levers: LeverState[];
  seasonality: boolean;
  intervalLevel: number;
}

function halfWidths(model: RevenueModel, values: ModelValues, horizon: number): { revenue: number[]; active: number[] } {
  const revenue = Array.from({ length: horizon }, () => 0);
  const active = Array.from({ length: horizon }, () => 0);
  const fitted = { ...model.levers, ...model.structure };
  for (const id of [...leverIds, ...structuralIds] as ModelInputId[]) {
    const sd = fitted[id].sd;
    if (!(sd > 0)) continue;
    const shifted = (sign: number) => projectMonths(model, { ...values, [id]: clampInput(id, values[id] + sign * sd) }, horizon);
    const up = shifted(1);
    const down = shifted(-1);
    for (let m = 0; m < horizon; m++) {
      revenue[m]! += ((up[m]!.revenue - down[m]!.revenue) / 2) ** 2;
      active[m]! += ((up[m]!.activeClients - down[m]!.activeClients) / 2) ** 2;
    }
  }
  return { revenue: revenue.map((v) => z80 * Math.sqrt(v)), active: active.map((v) => z80 * Math.sqrt(v)) };
}

export function forwardScenario(model: RevenueModel, changes: LeverChanges, horizon = 3): ForwardScenario {
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > maximumHorizonMonths) throw new RangeError(`horizon must be 1 to ${maximumHorizonMonths} months (got ${horizon})`);
  const changed = leverIds.filter((lever) => changes[lever]);
  const values = withChanges(model, changes);
  const baseline = projectMonths(model, fittedValues(model), horizon);
  const point = projectMonths(model, values, horizon);
  const widths = halfWidths(model, values, horizon);
  const parts = shapleyContributions(changed, (coalition) => {
    const months = projectMonths(model, withChanges(model, Object.fromEntries(coalition.map((lever) => [lever, changes[lever]]))), horizon);
    return [...months.map((month) => month.revenue), ...months.map((month) => month.activeClients)];
  });
  const months = point.map((month, m) => {
    const revenueCents = Math.round(month.revenue);
    const activeClients = Math.round(month.activeClients);
    const baselineRevenueCents = Math.round(baseline[m]!.revenue);
    const baselineActiveClients = Math.round(baseline[m]!.activeClients);
    const revenueParts = wholeParts(changed.map((lever) => parts.get(lever)![m]!), revenueCents - baselineRevenueCents);
    const activeParts = wholeParts(changed.map((lever) => parts.get(lever)![horizon + m]!), activeClients - baselineActiveClients);
    return {
      month: month.month,
      baselineRevenueCents,
      revenueCents,
      lowerCents: Math.max(0, Math.round(month.revenue - widths.revenue[m]!)),
      upperCents: Math.round(month.revenue + widths.revenue[m]!),
      baselineActiveClients,
      activeClients,
      activeLower: Math.max(0, Math.round(month.activeClients - widths.active[m]!)),
      activeUpper: Math.round(month.activeClients + widths.active[m]!),
      contributions: changed.map((lever, i) => ({ lever, revenueCents: revenueParts[i]!, activeClients: activeParts[i]! })),
    };
  });
  return {
    asOf: model.asOf,
    changes,
    months,
    levers: leverIds.map((lever) => ({
      lever,
      current: changeInLeverUnits(lever, model.levers[lever].value),
      sd: changeInLeverUnits(lever, model.levers[lever].sd),
      months: model.levers[lever].months,
      change: changes[lever] ?? 0,
      changed: changeInLeverUnits(lever, values[lever]),
    })),
    seasonality: model.seasonality !== null,
    intervalLevel,
  };
}
