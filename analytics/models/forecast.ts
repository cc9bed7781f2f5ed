/**
 * Revenue for the next 3 months, with an 80 % interval and its back-tested error.
 *
 * Candidates (each a function of the history y_1..y_n, forecasting h = 1, 2, 3):
 *   naive            ŷ_{n+h} = y_n
 *   mean-last-3      ŷ_{n+h} = (y_{n−2} + y_{n−1} + y_n)/3
 *   drift            ŷ_{n+h} = y_n + h (y_n − y_1)/(n − 1)          (Hyndman & Athanasopoulos §5.2)
 *   seasonal-naive   ŷ_{n+h} = y_{n+h−12}
 *   holt-winters     additive Holt–Winters, see holt-winters.ts
 *
 * Which candidates compete depends on the history, because a seasonal method is only worth its name
 * once one year can be checked against another: under 24 months only the three simple methods;
 * from 24 months also seasonal-naive; from 27 months also Holt–Winters (24 months to initialise it,
 * plus 3 to check it). Under 6 months nothing can be checked: the forecast is the mean of the last
 * (up to) 3 months, with no interval and no error.
 *
 * Back-test (rolling origin, Tashman 2000): for every origin o from the largest minimum history of the
 * competing methods up to n − 1, each method is fitted on y_1..y_o and forecasts o+1..o+3 (those that
 * exist). All methods are scored on the same origins. MAPE = mean of |y − ŷ|/|y| × 100 over every
 * (origin, h) pair whose actual is not zero (a zero month has no percentage error). The method with the
 * smallest MAPE wins; ties (within 1e-9 points) go to the simpler method, in the order listed above.
 *
 * Interval: normal approximation ŷ ± 1.2816 · RMSE_h, where RMSE_h is the root mean square of the
 * chosen method's back-test errors at horizon h (so bias widens it), because with a few dozen errors
 * per horizon the empirical 10 % and 90 % quantiles would be unstable. It is symmetric, so it always
 * contains the point forecast. Revenue is not negative: point and lower bound are floored at 0; all
 * values are rounded to whole centavos.
 *
 * Example: 30 months growing by exactly R$ 20,00 a month make drift and Holt–Winters exact (MAPE 0);
 * drift, the simpler, wins and forecasts the last month + 2 000, + 4 000, + 6 000 centavos, interval of
 * width 0.
 */
import { addMonths } from '../../domain/calendar-date.ts';
import { holtWintersAdditive } from './holt-winters.ts';
import { mean } from '../mean.ts';
import { z80 } from '../eighty-percent-interval.ts';

export type ForecastMethod = 'naive' | 'mean-last-3' | 'drift' | 'seasonal-naive' | 'holt-winters';

export interface MonthlyRevenue {
  /** "YYYY-MM"; the series must be contiguous and in order. */
  month: string;
  revenueCents: number;
}

export interface ForecastMonth {
  month: string;
  revenueCents: number;
  /** 80 % interval; null when the history is too short to measure an error. */
  lowerCents: number | null;
  upperCents: number | null;
}

export interface CandidateBacktest {
  method: ForecastMethod;
  mapePercent: number | null;
}

export interface RevenueForecast {
  method: ForecastMethod;
  /** pt-BR: why this method, for people reading the report. */
  reason: string;
  months: ForecastMonth[];
  mapePercent: number | null;
  candidates: CandidateBacktest[];
  backtestOrigins: number;
}

interface Candidate {
  method: ForecastMethod;
  label: string;
  minimumHistory: number;
  forecast: (history: number[]) => number[];
}

const horizon = 3;
const minimumOrigins = 3;
const seasonalHistory = 24;
const repeat = (value: number) => Array.from({ length: horizon }, () => value);

const candidates: Candidate[] = [
  { method: 'naive', label: 'último valor', minimumHistory: 1, forecast: (y) => repeat(y[y.length - 1]!) },
  { method: 'mean-last-3', label: 'média dos 3 últimos meses', minimumHistory: 3, forecast: (y) => repeat(mean(y.slice(-3))) },
  {
    method: 'drift',
    label: 'tendência linear',
    minimumHistory: 2,
    forecast: (y) => Array.from({ length: horizon }, (_, i) => y[y.length - 1]! + ((i + 1) * (y[y.length - 1]! - y[0]!)) / (y.length - 1)),
  },
  {
    method: 'seasonal-naive',
    label: 'mesmo mês do ano anterior',
    minimumHistory: 12,
    forecast: (y) => Array.from({ length: horizon }, (_, i) => y[y.length - 12 + i]!),
  },
  { method: 'holt-winters', label: 'Holt-Winters sazonal aditivo', minimumHistory: 24, forecast: (y) => holtWintersAdditive(y, horizon).forecast },
];

export function forecastRevenue(series: readonly MonthlyRevenue[]): RevenueForecast {
  validate(series);
  const y = series.map((point) => point.revenueCents);
  const n = y.length;
  const nextMonths = Array.from({ length: horizon }, (_, i) => addMonths(`${series[n - 1]!.month}-01`, i + 1).slice(0, 7));

  if (n < 3 + minimumOrigins) {
    const value = Math.max(0, Math.round(mean(y.slice(-3))));
    return {
      method: 'mean-last-3',
      reason: `Só ${n} ${n === 1 ? 'mês' : 'meses'} de histórico: a previsão é a média dos últimos meses, sem intervalo nem erro medido (são necessários pelo menos 6 meses para conferir previsões passadas).`,
      months: nextMonths.map((month) => ({ month, revenueCents: value, lowerCents: null, upperCents: null })),
      mapePercent: null,
      candidates: [],
      backtestOrigins: 0,
    };
  }

  const competing = candidates.filter(
    ({ method }) => (method !== 'seasonal-naive' || n >= seasonalHistory) && (method !== 'holt-winters' || n >= seasonalHistory + minimumOrigins),
  );
  const firstOrigin = Math.max(...competing.map((candidate) => candidate.minimumHistory));
  const scored = competing.map((candidate) => ({ candidate, ...backtest(candidate, y, firstOrigin) }));
  const best = scored.reduce((winner, challenger) => (score(challenger.mapePercent) < score(winner.mapePercent) - 1e-9 ? challenger : winner));

  const point = best.candidate.forecast(y);
  const months = nextMonths.map((month, i) => {
    const errors = best.errorsByHorizon[i]!;
    const halfWidth = z80 * Math.sqrt(mean(errors.map((e) => e * e)));
    return {
      month,
      revenueCents: Math.max(0, Math.round(point[i]!)),
      lowerCents: Math.max(0, Math.round(point[i]! - halfWidth)),
      upperCents: Math.max(0, Math.round(point[i]! + halfWidth)),
    };
  });
  return {
    method: best.candidate.method,
    reason: reason(n, competing, best.candidate, best.mapePercent, n - firstOrigin),
    months,
    mapePercent: best.mapePercent,
    candidates: scored.map(({ candidate, mapePercent }) => ({ method: candidate.method, mapePercent })),
    backtestOrigins: n - firstOrigin,
  };
}

function backtest(candidate: Candidate, y: number[], firstOrigin: number): { mapePercent: number | null; errorsByHorizon: number[][] } {
  const errorsByHorizon: number[][] = Array.from({ length: horizon }, () => []);
  const percentageErrors: number[] = [];
  for (let origin = firstOrigin; origin < y.length; origin++) {
    const forecast = candidate.forecast(y.slice(0, origin));
    for (let h = 0; h < horizon && origin + h < y.length; h++) {
      const actual = y[origin + h]!;
      const error = actual - forecast[h]!;
      errorsByHorizon[h]!.push(error);
      if (actual !== 0) percentageErrors.push(Math.abs(error / actual));
    }
  }
  return { mapePercent: percentageErrors.length ? 100 * mean(percentageErrors) : null, errorsByHorizon };
}

function score(mapePercent: number | null): number {
  return mapePercent ?? Number.POSITIVE_INFINITY;
}

function reason(n: number, competing: Candidate[], chosen: Candidate, mapePercent: number | null, origins: number): string {
  const labels = competing.map((c) => c.label);
  const compared = `${labels.slice(0, -1).join(', ')} e ${labels[labels.length - 1]}`;
  const scope =
    n < seasonalHistory
      ? `Com ${n} meses de histórico (menos de 24), ainda não há dois anos para separar o efeito do mês do ano: só métodos simples foram comparados (${compared}).`
      : competing.length < candidates.length
        ? `Com ${n} meses de histórico, o Holt-Winters ainda não pode ser conferido (precisa de 24 meses para começar e mais 3 para medir o erro): foram comparados ${compared}.`
        : `Com ${n} meses de histórico, foram comparados ${compared}.`;
  const error = mapePercent === null ? 'a receita foi zero nos meses conferidos, sem erro percentual' : `erro médio de ${mapePercent.toFixed(1).replace('.', ',')} %`;
  return `${scope} Escolhido: ${chosen.label}, o mais preciso ao prever de 1 a 3 meses à frente, conferido a partir de ${origins} meses do passado (${error}).`;
}

function validate(series: readonly MonthlyRevenue[]): void {
  if (series.length === 0) throw new RangeError('revenue forecast needs at least one month');
  series.forEach(({ month, revenueCents }, i) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`month must be "YYYY-MM" (got "${month}")`);
    if (!Number.isFinite(revenueCents)) throw new RangeError(`revenue of ${month} must be a finite number of centavos (got ${revenueCents})`);
    const expected = i === 0 ? month : addMonths(`${series[i - 1]!.month}-01`, 1).slice(0, 7);
    if (month !== expected) throw new RangeError(`months must be contiguous and in order: expected ${expected}, got ${month}`);
  });
}
