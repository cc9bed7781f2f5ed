import { describe, expect, it } from 'vitest';
import { holtWintersAdditive } from './holt-winters.ts';

const season = [-20, -15, 0, 10, 20, 15, -10, -5, 5, 10, 0, -10]; // sums to 0

describe('holtWintersAdditive', () => {
  it('continues a straight line exactly: y_t = 1000 + 10 t, t = 1..24 → 1250, 1260, 1270', () => {
    const values = Array.from({ length: 24 }, (_, i) => 1000 + 10 * (i + 1));
    const { forecast, sse } = holtWintersAdditive(values, 3);
    forecast.forEach((value, i) => expect(value).toBeCloseTo([1250, 1260, 1270][i]!, 8));
    expect(sse).toBeLessThan(1e-12);
  });

  it('continues line plus season exactly: y_t = 500 + 2 t + s_{(t−1) mod 12}, t = 1..36', () => {
    // Months 37, 38, 39 sit at season positions 0, 1, 2: 500 + 74 − 20 = 554, 500 + 76 − 15 = 561, 500 + 78 + 0 = 578.
    const values = Array.from({ length: 36 }, (_, i) => 500 + 2 * (i + 1) + season[i % 12]!);
    const { forecast } = holtWintersAdditive(values, 3);
    forecast.forEach((value, i) => expect(value).toBeCloseTo([554, 561, 578][i]!, 8));
  });

  it('needs two full seasons', () => {
    expect(() => holtWintersAdditive(Array.from({ length: 23 }, () => 1), 3)).toThrow(RangeError);
  });
});
