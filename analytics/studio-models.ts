/**
 * The studio's models for the day, from their SQL-shaped inputs: cohort retention (m1, m3, m6, m12),
 * Kaplan–Meier survival by plan family, contractual lifetime value from a shifted-beta-geometric fit,
 * RFM segments, the 3-month revenue forecast, anomalies in daily revenue, data quality, and whether
 * the churn model (fitted and evaluated once enough history exists). Pure; each model documents its own choices.
 */
import { addMonths, type CalendarDate } from '../domain/calendar-date.ts';
import { churnModel, type ChurnExample } from './churn-model.ts';
import { robustZScores } from './models/anomalies.ts';
import { cohortRetention, type CohortMember } from './models/cohorts.ts';
import { forecastRevenue, type MonthlyRevenue } from './models/forecast.ts';
import { byGroup } from './models/kaplan-meier.ts';
import { rfmScores, type RfmCustomer } from './models/rfm.ts';
import { discountedExpectedLifetimeValue } from './models/shifted-beta-geometric-value.ts';
import { fitShiftedBetaGeometric, retentionCurve } from './models/shifted-beta-geometric.ts';

export interface ModelInputs {
  asOf: CalendarDate;
  cohortMembers: CohortMember[];
  tenures: { family: string; durationDays: number; observedDays: number; ended: boolean }[];
  rfm: RfmCustomer[];
  monthlyRevenue: MonthlyRevenue[];
  dailyRevenue: { date: CalendarDate; revenueCents: number }[];
  dataQuality: Record<string, number>;
  snapshotMonths: number;
  churnExamples: ChurnExample[];
  medianMonthlyValueCents: number | null;
}

/** The pooled cohort for the lifetime-value fit: clients observable for this many monthly periods. */
const lifetimePeriods = 12;
/** Fewer clients than this make the fit a guess. */
const lifetimeMinimumClients = 30;
/** Monthly discount rate for lifetime value: about 12,7 % a year. */
const monthlyDiscountRate = 0.01;
const cohortsShown = 24;

/** Contiguous months from the first sale to the last complete month, gaps filled with zero. */
export function completeMonths(series: MonthlyRevenue[], asOf: CalendarDate): MonthlyRevenue[] {
  const lastComplete = addMonths(`${asOf.slice(0, 7)}-01`, -1).slice(0, 7);
  const known = new Map(series.map((row) => [row.month, row.revenueCents]));
  const months: MonthlyRevenue[] = [];
  for (let month = series[0]?.month; month && month <= lastComplete; month = addMonths(`${month}-01`, 1).slice(0, 7)) {
    months.push({ month, revenueCents: known.get(month) ?? 0 });
  }
  return months;
}

/**
 * Lifetime value: the sBG model fitted on the clients old enough to be observed for twelve monthly
 * periods, pooled as one cohort (survivors[t] = those whose tenure reached t × 30 days), valued at the
 * median monthly value (revenue, not margin: the studio's costs are not known) and a 1 % monthly
 * discount rate.
 */
function lifetimeValue(inputs: ModelInputs) {
  const observable = inputs.tenures.filter((tenure) => tenure.observedDays >= lifetimePeriods * 30);
  if (observable.length < lifetimeMinimumClients) {
    return { available: false, reason: `são necessários ao menos ${lifetimeMinimumClients} clientes com ${lifetimePeriods} meses de história (há ${observable.length})` };
  }
  const survivors = Array.from({ length: lifetimePeriods + 1 }, (_, period) => observable.filter((tenure) => tenure.durationDays >= period * 30).length);
  const fit = fitShiftedBetaGeometric(survivors);
  const value = inputs.medianMonthlyValueCents
    ? discountedExpectedLifetimeValue({ alpha: fit.alpha, beta: fit.beta, monthlyMarginCents: inputs.medianMonthlyValueCents, discountRate: monthlyDiscountRate })
    : null;
  return { available: true, survivors, fit, retention: retentionCurve(fit.alpha, fit.beta, 24), monthlyValueCents: inputs.medianMonthlyValueCents, discountRate: monthlyDiscountRate, value };
}

export function studioModels(inputs: ModelInputs) {
  const rfm = rfmScores(inputs.rfm, inputs.asOf);
  const segments: Record<string, number> = {};
  for (const result of rfm) segments[result.segment] = (segments[result.segment] ?? 0) + 1;
  const months = completeMonths(inputs.monthlyRevenue, inputs.asOf);
  const anomalies = inputs.dailyRevenue.length ? robustZScores(inputs.dailyRevenue.map((day) => ({ date: day.date, value: day.revenueCents }))) : null;
  return {
    cohorts: cohortRetention(inputs.cohortMembers, inputs.asOf).slice(-cohortsShown),
    survival: byGroup(inputs.tenures.map((tenure) => ({ group: tenure.family, durationDays: tenure.durationDays, ended: tenure.ended }))).map(({ steps, ...summary }) => ({
      ...summary,
      survivalAt: Object.fromEntries([30, 90, 180, 365].map((day) => [day, [...steps].reverse().find((step) => step.time <= day)?.survival ?? 1])),
    })),
    lifetimeValue: lifetimeValue(inputs),
    rfmSegments: segments,
    forecast: months.length ? forecastRevenue(months) : null,
    anomalies: anomalies ? { median: anomalies.median, mad: anomalies.mad, scale: anomalies.scale, days: anomalies.days.filter((day) => day.anomalous) } : null,
    dataQuality: inputs.dataQuality,
    churnModel: churnModel(inputs.churnExamples, inputs.snapshotMonths),
  };
}
