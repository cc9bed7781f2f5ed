import { describe, expect, it } from 'vitest';
import { byGroup, kaplanMeier, type SurvivalObservation } from './kaplan-meier.ts';

/** Freireich et al. (1963) 6-MP arm, weeks of remission; false = censored. */
const sixMp: SurvivalObservation[] = (
  [[6, true], [6, true], [6, true], [6, false], [7, true], [9, false], [10, true], [10, false], [11, false], [13, true], [16, true],
   [17, false], [19, false], [20, false], [22, true], [23, true], [25, false], [32, false], [32, false], [34, false], [35, false]] as const
).map(([durationDays, ended]) => ({ durationDays, ended }));

describe('kaplanMeier', () => {
  it('reproduces the textbook curve of the 6-MP arm (Klein & Moeschberger 2003, Table 4.1A), to the 3 printed decimals', () => {
    const curve = kaplanMeier(sixMp);
    const eventSteps = curve.steps.filter((step) => step.events > 0);
    const published = [
      { time: 6, atRisk: 21, events: 3, survival: 0.857, standardError: 0.076 },
      { time: 7, atRisk: 17, events: 1, survival: 0.807, standardError: 0.087 },
      { time: 10, atRisk: 15, events: 1, survival: 0.753, standardError: 0.096 },
      { time: 13, atRisk: 12, events: 1, survival: 0.69, standardError: 0.107 },
      { time: 16, atRisk: 11, events: 1, survival: 0.627, standardError: 0.114 },
      { time: 22, atRisk: 7, events: 1, survival: 0.538, standardError: 0.128 },
      { time: 23, atRisk: 6, events: 1, survival: 0.448, standardError: 0.135 },
    ];
    expect(eventSteps.map(({ time, atRisk, events }) => ({ time, atRisk, events }))).toEqual(
      published.map(({ time, atRisk, events }) => ({ time, atRisk, events })),
    );
    eventSteps.forEach((step, i) => {
      expect(Math.abs(step.survival - published[i]!.survival)).toBeLessThan(0.0006);
      expect(Math.abs(step.standardError - published[i]!.standardError)).toBeLessThan(0.0006);
    });
    expect(curve.observations).toBe(21);
    expect(curve.events).toBe(9);
    expect(curve.median).toBe(23);
  });

  it('gives the log–log median interval of the 6-MP arm: from 13, upper limit not reached', () => {
    // By hand: Greenwood sums 3/(21·18) + 1/(17·16) + 1/(15·14) + 1/(12·11) = 0.023936 at t = 13, where
    // S = 0.690196, σ/|ln S| = 0.154713/0.370780 = 0.417265, lower = S^exp(1.959964 · 0.417265) = 0.4316 ≤ 0.5;
    // at t = 10 the lower bound is 0.5032 > 0.5. The upper bound never goes below 0.6801 (t = 23).
    const curve = kaplanMeier(sixMp);
    const at = (time: number) => curve.steps.find((step) => step.time === time)!;
    expect(at(10).lower).toBeCloseTo(0.5032, 4);
    expect(at(13).lower).toBeCloseTo(0.4316, 4);
    expect(at(23).upper).toBeCloseTo(0.6801, 4);
    expect(curve.medianLower).toBe(13);
    expect(curve.medianUpper).toBeNull();
  });

  it('matches a small hand-computed case, censoring included', () => {
    // Durations 2, 3*, 5, 5, 8 (* still active).
    // t=2: n=5, d=1, S = 0.8, Greenwood 1/(5·4) = 0.05, SE = 0.8·√0.05 = 0.178885.
    // t=3: n=4, censored 1, S unchanged.
    // t=5: n=3, d=2, S = 0.8·1/3 = 0.266667, Greenwood 0.05 + 2/(3·1) = 0.716667, SE = 0.266667·0.846562 = 0.225750.
    // t=8: n=1, d=1, S = 0 (interval reported as [0, 0]).
    const curve = kaplanMeier([
      { durationDays: 5, ended: true },
      { durationDays: 2, ended: true },
      { durationDays: 8, ended: true },
      { durationDays: 3, ended: false },
      { durationDays: 5, ended: true },
    ]);
    expect(curve.steps.map(({ time, atRisk, events, censored }) => [time, atRisk, events, censored])).toEqual([
      [2, 5, 1, 0],
      [3, 4, 0, 1],
      [5, 3, 2, 0],
      [8, 1, 1, 0],
    ]);
    const [two, three, five, eight] = curve.steps;
    expect(two!.survival).toBeCloseTo(0.8, 12);
    expect(two!.standardError).toBeCloseTo(0.178885, 6);
    expect(three!.survival).toBeCloseTo(0.8, 12);
    expect(five!.survival).toBeCloseTo(0.266667, 6);
    expect(five!.standardError).toBeCloseTo(0.22575, 5);
    expect(eight).toMatchObject({ survival: 0, standardError: 0, lower: 0, upper: 0 });
    expect(curve.median).toBe(5);
  });

  it('takes the first time where S(t) is exactly 0.5 as the median', () => {
    // All end, at 1, 2, 3, 4: S = 0.75, 0.5, 0.25, 0.
    const curve = kaplanMeier([1, 2, 3, 4].map((durationDays) => ({ durationDays, ended: true })));
    expect(curve.median).toBe(2);
  });

  it('reports no median while the curve stays above 0.5, and an empty curve for no data', () => {
    expect(kaplanMeier([{ durationDays: 10, ended: true }, { durationDays: 20, ended: false }, { durationDays: 30, ended: false }]).median).toBeNull();
    expect(kaplanMeier([])).toEqual({ observations: 0, events: 0, steps: [], median: null, medianLower: null, medianUpper: null });
  });
});

describe('byGroup', () => {
  it('fits one curve per group, ordered by group key', () => {
    const curves = byGroup([
      { durationDays: 30, ended: true, group: 'Pilates' },
      { durationDays: 60, ended: false, group: 'Calistenia' },
      { durationDays: 10, ended: true, group: 'Calistenia' },
    ]);
    expect(curves.map((curve) => curve.group)).toEqual(['Calistenia', 'Pilates']);
    expect(curves[0]!.steps.map((step) => step.survival)).toEqual([0.5, 0.5]);
    expect(curves[1]!.steps.map((step) => step.survival)).toEqual([0]);
  });
});
