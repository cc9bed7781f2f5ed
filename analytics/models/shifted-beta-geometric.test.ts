import { describe, expect, it } from 'vitest';
import { fitShiftedBetaGeometric, retentionCurve, shiftedBetaGeometricLogLikelihood } from './shifted-beta-geometric.ts';

/** Relative tolerance of the reproduction of Fader & Hardie (2007): 0.5 %, as the paper prints 3–4 digits. */
function expectWithin(actual: number, expected: number, relative: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

describe('fitShiftedBetaGeometric', () => {
  it('reproduces Fader & Hardie (2007), "regular" cohort: α 0.704, β 1.182, LL −1680.3', () => {
    const fit = fitShiftedBetaGeometric([1000, 631, 468, 382, 326, 289, 262, 241]);
    expectWithin(fit.alpha, 0.704, 0.005);
    expectWithin(fit.beta, 1.182, 0.005);
    expectWithin(fit.logLikelihood, -1680.3, 0.005);
    expect(fit.logLikelihood).toBeCloseTo(-1680.3, 1);
    expect(fit.atBoundary).toBe(false);
  });

  it('reproduces Fader & Hardie (2007), "high end" cohort: α 0.668, β 3.806, LL −1611.2', () => {
    const fit = fitShiftedBetaGeometric([1000, 869, 743, 653, 593, 551, 517, 491]);
    expectWithin(fit.alpha, 0.668, 0.005);
    expectWithin(fit.beta, 3.806, 0.005);
    expect(fit.logLikelihood).toBeCloseTo(-1611.2, 1);
    expect(fit.atBoundary).toBe(false);
  });

  it('is deterministic', () => {
    const survivors = [500, 400, 330, 290, 260];
    expect(fitShiftedBetaGeometric(survivors)).toEqual(fitShiftedBetaGeometric(survivors));
  });

  it('reports a cohort in which nobody churned as not identified', () => {
    expect(fitShiftedBetaGeometric([100, 100, 100]).atBoundary).toBe(true);
  });

  it('rejects survivors that increase, an empty cohort, or fewer than two periods', () => {
    expect(() => fitShiftedBetaGeometric([100, 80, 90])).toThrow(RangeError);
    expect(() => fitShiftedBetaGeometric([0, 0])).toThrow(RangeError);
    expect(() => fitShiftedBetaGeometric([100, 50])).toThrow(RangeError);
  });
});

describe('shiftedBetaGeometricLogLikelihood', () => {
  it('matches a hand computation', () => {
    // α = 1, β = 2, survivors 10, 6, 4: P(1) = 1/3, P(2) = 1/3 · 2/4 = 1/6, S(2) = 1/2.
    // LL = 4 ln(1/3) + 2 ln(1/6) + 4 ln(1/2) = −4.394449 − 3.583519 − 2.772589 = −10.750557.
    expect(shiftedBetaGeometricLogLikelihood(1, 2, [10, 6, 4])).toBeCloseTo(-10.750557, 5);
  });
});

describe('retentionCurve', () => {
  it('gives hand-computed P(T=t), S(t) and r(t) for α = 1, β = 2', () => {
    // P(1) = 1/3; P(2) = 1/3 · 2/4 = 1/6; P(3) = 1/6 · 3/5 = 1/10.
    // S(1) = 2/3; S(2) = 2/3 · 3/4 = 1/2; S(3) = 1/2 · 4/5 = 2/5 (= 1 − 1/3 − 1/6 − 1/10).
    // r(t) = (β+t−1)/(α+β+t−1): 2/3, 3/4, 4/5.
    const curve = retentionCurve(1, 2, 3);
    const expected = [
      { period: 1, churnProbability: 1 / 3, survival: 2 / 3, retention: 2 / 3 },
      { period: 2, churnProbability: 1 / 6, survival: 1 / 2, retention: 3 / 4 },
      { period: 3, churnProbability: 1 / 10, survival: 2 / 5, retention: 4 / 5 },
    ];
    curve.forEach((point, i) => {
      const want = expected[i]!;
      expect(point.period).toBe(want.period);
      expect(point.churnProbability).toBeCloseTo(want.churnProbability, 12);
      expect(point.survival).toBeCloseTo(want.survival, 12);
      expect(point.retention).toBeCloseTo(want.retention, 12);
    });
  });

  it('gives the first-period retention of the regular cohort, r(1) = β/(α+β) = 1.182/1.886', () => {
    expect(retentionCurve(0.704, 1.182, 1)[0]!.retention).toBeCloseTo(0.62672, 5);
  });
});
