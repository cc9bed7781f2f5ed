/**
 * Seasonality of the studio's revenue by calendar month, by classical multiplicative decomposition
 * (Hyndman & Athanasopoulos §3.4): the centred 12-month moving average
 *   CMA_t = (½ y_{t−6} + y_{t−5} + … + y_{t+5} + ½ y_{t+6}) / 12
 * takes out the trend, each month's ratio y_t / CMA_t is its seasonal effect, the index of a calendar
 * month is the mean of its ratios, and the twelve indices are scaled to average 1. Every calendar month
 * needs at least one ratio, i.e. 24 months of history; with less, there is no seasonality (null) and the
 * model says so instead of guessing. Example: a flat R$ 10.000 a month with every December at R$ 5.000
 * gives December ≈ 0,52 and the other months ≈ 1,04. A month missing from the series had no sale: 0.
 */
import { addMonths } from '../../domain/calendar-date.ts';
import type { MonthlyRevenue } from '../models/forecast.ts';
import { mean } from '../mean.ts';

export interface SeasonalIndices {
  /** Index by calendar month, January first. */
  byCalendarMonth: number[];
  months: number;
}

function contiguous(series: readonly MonthlyRevenue[]): MonthlyRevenue[] {
  if (series.length === 0) return [];
  const byMonth = new Map(series.map((point) => [point.month, point.revenueCents]));
  const filled: MonthlyRevenue[] = [];
  for (let month = series[0]!.month; month <= series[series.length - 1]!.month; month = addMonths(`${month}-01`, 1).slice(0, 7)) {
    filled.push({ month, revenueCents: byMonth.get(month) ?? 0 });
  }
  return filled;
}

export function seasonalIndices(history: readonly MonthlyRevenue[]): SeasonalIndices | null {
  const series = contiguous(history);
  const y = series.map((point) => point.revenueCents);
  const ratios: number[][] = Array.from({ length: 12 }, () => []);
  for (let t = 6; t + 6 < y.length; t++) {
    let sum = 0.5 * y[t - 6]! + 0.5 * y[t + 6]!;
    for (let k = t - 5; k <= t + 5; k++) sum += y[k]!;
    const centred = sum / 12;
    if (centred > 0) ratios[Number(series[t]!.month.slice(5, 7)) - 1]!.push(y[t]! / centred);
  }
  if (ratios.some((month) => month.length === 0)) return null;
  const raw = ratios.map(mean);
  const scale = mean(raw);
  if (scale <= 0) return null;
  return { byCalendarMonth: raw.map((index) => index / scale), months: y.length };
}
