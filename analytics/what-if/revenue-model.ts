/**
 * The what-if revenue model: a few measured rates and amounts per month, not a black box. Starting from
 * the clients active as of `asOf` (A₁), for each following month m:
 *
 *   ended_m    = e · A_m                              e: share of active clients whose contract ends in a month
 *   renewed_m  = r · ended_m                          r: renewal rate (lever)
 *   new_m      = n + T · c_t + G · c_g                n: new clients from other sources (lever), T trials a month ×
 *                                                     c_t trial → paid conversion (lever), G GYMPASS starts × c_g
 *                                                     GYMPASS → direct conversion (lever)
 *   payers_m   = π · A_m + renewed_m + new_m          π: share of active clients paying for another reason
 *   upgraded   = Σ_{j ≤ m} (u − u₀) · renewed_j       u: share of renewals into a plan worth more a month (lever);
 *                                                     only upgrades beyond the measured u₀ add, since u₀'s are in t
 *   revenue_m  = s_m · (t · payers_m + U · upgraded + k · v + O)
 *                                                     t: ticket médio of recurring plans (lever), U: monthly uplift
 *                                                     of an upgrade, k packs and drop-ins a month (lever) at v each,
 *                                                     O: other revenue, s_m: the calendar month's seasonal index
 *   A_{m+1}    = A_m − ended_m + renewed_m + new_m   (the active clients reported for month m)
 *
 * Every symbol is fitted on the studio's own months (fit-revenue-model.ts), each with its month-to-month
 * standard deviation. Example: A₁ = 100, e = 0,5, r = 0,8, n = 5, no trials nor GYMPASS, π = 0,1,
 * t = R$ 300, no packs nor other revenue, s = 1: ended 50, renewed 40, payers 10 + 40 + 5 = 55,
 * revenue R$ 16.500, active next month 100 − 50 + 40 + 5 = 95.
 */
import { addMonths, type CalendarDate } from '../../domain/calendar-date.ts';
import { changeInModelUnits, clampLeverValue, leverIds, type LeverChanges, type LeverId } from './levers.ts';
import type { SeasonalIndices } from './seasonal-indices.ts';

export const structuralIds = ['endingShare', 'otherPayingShare', 'trialsPerMonth', 'gympassStartsPerMonth', 'upgradeUpliftCents', 'packAverageCents', 'otherRevenueCents'] as const;
export type StructuralId = (typeof structuralIds)[number];
export type ModelInputId = LeverId | StructuralId;

/** A fitted input: its value (rates as shares, money in centavos), sample sd over the months it was measured in, and how many. */
export interface FittedValue {
  value: number;
  sd: number;
  months: number;
}

export interface RevenueModel {
  asOf: CalendarDate;
  /** The first month projected: the one after the month of `asOf` ("YYYY-MM-01"). */
  firstMonth: CalendarDate;
  activeClients: number;
  levers: Record<LeverId, FittedValue>;
  structure: Record<StructuralId, FittedValue>;
  seasonality: SeasonalIndices | null;
  /** Complete months the levers were measured over. */
  historyMonths: number;
  /** Revenue of the last complete month: what a prediction's direction (up or down) is judged against. */
  lastMonthRevenueCents: number;
}

export type ModelValues = Record<ModelInputId, number>;

export interface ProjectedMonth {
  month: CalendarDate;
  /** Unrounded centavos and clients; callers round. */
  revenue: number;
  activeClients: number;
}

/** Levers within their range (levers.ts); the two structural shares within [0, 1]; amounts and counts at least 0. */
export function clampInput(id: ModelInputId, value: number): number {
  if ((leverIds as readonly string[]).includes(id)) return clampLeverValue(id as LeverId, value);
  return id === 'endingShare' || id === 'otherPayingShare' ? Math.min(1, Math.max(0, value)) : Math.max(0, value);
}

export function fittedValues(model: RevenueModel): ModelValues {
  const values = {} as ModelValues;
  for (const [id, fitted] of Object.entries({ ...model.levers, ...model.structure })) values[id as ModelInputId] = fitted.value;
  return values;
}

/** The fitted values with the levers changed (each change in its lever's unit, kept within its range). */
export function withChanges(model: RevenueModel, changes: LeverChanges): ModelValues {
  const values = fittedValues(model);
  for (const lever of leverIds) {
    const change = changes[lever];
    if (change) values[lever] = clampLeverValue(lever, values[lever] + changeInModelUnits(lever, change));
  }
  return values;
}

export function projectMonths(model: RevenueModel, values: ModelValues, months: number): ProjectedMonth[] {
  const projected: ProjectedMonth[] = [];
  let active = model.activeClients;
  let upgraded = 0;
  const extraUpgradeShare = values.upsell - model.levers.upsell.value;
  for (let index = 0; index < months; index++) {
    const month = addMonths(model.firstMonth, index);
    const ended = values.endingShare * active;
    const renewed = values.renewal * ended;
    const newClients = values.newClients + values.trialsPerMonth * values.trialConversion + values.gympassStartsPerMonth * values.gympassConversion;
    const payers = values.otherPayingShare * active + renewed + newClients;
    upgraded += extraUpgradeShare * renewed;
    const seasonal = model.seasonality?.byCalendarMonth[Number(month.slice(5, 7)) - 1] ?? 1;
    const revenue = seasonal * (values.ticket * payers + values.upgradeUpliftCents * upgraded + values.packsAndDropIns * values.packAverageCents + values.otherRevenueCents);
    active = active - ended + renewed + newClients;
    projected.push({ month, revenue: Math.max(0, revenue), activeClients: Math.max(0, active) });
  }
  return projected;
}
