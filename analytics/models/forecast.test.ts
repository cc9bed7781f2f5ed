import { describe, expect, it } from 'vitest';
import { addMonths } from '../../domain/calendar-date.ts';
import { forecastRevenue, type MonthlyRevenue } from './forecast.ts';

function monthly(values: number[], start = '2023-01'): MonthlyRevenue[] {
  return values.map((revenueCents, i) => ({ month: addMonths(`${start}-01`, i).slice(0, 7), revenueCents }));
}

const pattern = [80_000, 85_000, 100_000, 110_000, 120_000, 115_000, 90_000, 95_000, 105_000, 110_000, 100_000, 130_000];
const seasonOffsets = [-20_000, -15_000, 0, 10_000, 20_000, 15_000, -10_000, -5_000, 5_000, 10_000, 0, -10_000];

describe('forecastRevenue', () => {
  it('picks seasonal-naive on a purely seasonal series: MAPE 0, next months = same months last year', () => {
    const result = forecastRevenue(monthly([...pattern, ...pattern, ...pattern]));
    expect(result.method).toBe('seasonal-naive');
    expect(result.mapePercent).toBe(0);
    expect(result.months).toEqual([
      { month: '2026-01', revenueCents: 80_000, lowerCents: 80_000, upperCents: 80_000 },
      { month: '2026-02', revenueCents: 85_000, lowerCents: 85_000, upperCents: 85_000 },
      { month: '2026-03', revenueCents: 100_000, lowerCents: 100_000, upperCents: 100_000 },
    ]);
    expect(result.candidates.map((c) => c.method)).toEqual(['naive', 'mean-last-3', 'drift', 'seasonal-naive', 'holt-winters']);
    expect(result.backtestOrigins).toBe(36 - 24);
  });

  it('follows a straight line with drift (the simplest exact method): last + 2 000 h', () => {
    // y_t = 100 000 + 2 000 t, t = 1..30 → y_30 = 160 000; drift slope (160 000 − 102 000)/29 = 2 000.
    const result = forecastRevenue(monthly(Array.from({ length: 30 }, (_, i) => 100_000 + 2_000 * (i + 1))));
    expect(result.method).toBe('drift');
    expect(result.mapePercent).toBe(0);
    expect(result.months.map((m) => [m.month, m.revenueCents, m.lowerCents, m.upperCents])).toEqual([
      ['2025-07', 162_000, 162_000, 162_000],
      ['2025-08', 164_000, 164_000, 164_000],
      ['2025-09', 166_000, 166_000, 166_000],
    ]);
  });

  it('picks Holt–Winters on trend plus season, forecasting it by hand', () => {
    // y_t = 100 000 + 1 000 t + offset_{(t−1) mod 12}, t = 1..36; months 37–39 are season positions 0–2:
    // 137 000 − 20 000 = 117 000, 138 000 − 15 000 = 123 000, 139 000 + 0 = 139 000.
    const result = forecastRevenue(monthly(Array.from({ length: 36 }, (_, i) => 100_000 + 1_000 * (i + 1) + seasonOffsets[i % 12]!)));
    expect(result.method).toBe('holt-winters');
    expect(result.mapePercent).toBeLessThan(1e-6);
    expect(result.months.map((m) => m.revenueCents)).toEqual([117_000, 123_000, 139_000]);
    const seasonalNaive = result.candidates.find((c) => c.method === 'seasonal-naive')!;
    expect(seasonalNaive.mapePercent).toBeGreaterThan(5);
  });

  it('under 24 months compares only simple methods, checked by hand', () => {
    // y = 100k, 110k, 100k, 110k, 100k, 110k; origins 3, 4, 5 (train on the first 3, 4, 5 months).
    // Absolute percentage errors over the 6 (origin, h) pairs:
    //   naive       .090909 0 .090909 | .1 0 | .090909                 → MAPE 6.2121 %
    //   mean-last-3 .060606 .033333 .060606 | .066667 .030303 | .060606 → MAPE 5.2020 %
    //   drift       .090909 0 .090909 | .133333 .060606 | .090909      → MAPE 7.7778 %
    // mean-last-3 wins; forecast (110k + 100k + 110k)/3 = 106 666.67 → 106 667.
    // Its errors: h1 +6 666.67, −6 666.67, +6 666.67 (RMSE 6 666.67); h2 −3 333.33, +3 333.33 (RMSE 3 333.33);
    // h3 +6 666.67. Interval ± 1.2815516 · RMSE: h1, h3 [98 123, 115 210]; h2 [102 395, 110 939].
    const result = forecastRevenue(monthly([100_000, 110_000, 100_000, 110_000, 100_000, 110_000], '2025-07'));
    expect(result.method).toBe('mean-last-3');
    expect(result.reason).toContain('menos de 24');
    expect(result.backtestOrigins).toBe(3);
    const mape = Object.fromEntries(result.candidates.map((c) => [c.method, c.mapePercent]));
    expect(mape['naive']).toBeCloseTo(6.2121, 4);
    expect(mape['mean-last-3']).toBeCloseTo(5.202, 4);
    expect(mape['drift']).toBeCloseTo(7.7778, 4);
    expect(result.mapePercent).toBeCloseTo(5.202, 4);
    expect(result.months).toEqual([
      { month: '2026-01', revenueCents: 106_667, lowerCents: 98_123, upperCents: 115_210 },
      { month: '2026-02', revenueCents: 106_667, lowerCents: 102_395, upperCents: 110_939 },
      { month: '2026-03', revenueCents: 106_667, lowerCents: 98_123, upperCents: 115_210 },
    ]);
  });

  it('with 24–26 months adds seasonal-naive but not yet Holt–Winters', () => {
    const result = forecastRevenue(monthly([...pattern, ...pattern]));
    expect(result.candidates.map((c) => c.method)).toEqual(['naive', 'mean-last-3', 'drift', 'seasonal-naive']);
    expect(result.reason).toContain('Holt-Winters ainda não pode ser conferido');
  });

  it('keeps the point forecast inside its interval on a noisy series', () => {
    const noise = (i: number) => Math.round(3_000 * Math.sin(1.7 * i * i)); // not periodic in i
    const values = Array.from({ length: 40 }, (_, i) => 120_000 + 500 * i + pattern[i % 12]! / 10 + noise(i));
    const result = forecastRevenue(monthly(values));
    for (const month of result.months) {
      expect(month.lowerCents!).toBeLessThanOrEqual(month.revenueCents);
      expect(month.revenueCents).toBeLessThanOrEqual(month.upperCents!);
      expect(month.lowerCents!).toBeLessThan(month.upperCents!);
    }
    expect(result.mapePercent).toBe(Math.min(...result.candidates.map((c) => c.mapePercent!)));
  });

  it('with under 6 months gives the mean of the last 3 months and no interval', () => {
    const result = forecastRevenue(monthly([90_000, 100_000, 110_000, 120_000], '2025-11'));
    expect(result.method).toBe('mean-last-3');
    expect(result.mapePercent).toBeNull();
    expect(result.months[0]).toEqual({ month: '2026-03', revenueCents: 110_000, lowerCents: null, upperCents: null });
  });

  it('rejects gaps in the months', () => {
    expect(() => forecastRevenue([{ month: '2025-01', revenueCents: 1 }, { month: '2025-03', revenueCents: 1 }])).toThrow(RangeError);
  });
});
