import { describe, expect, it } from 'vitest';
import { discountedExpectedLifetimeValue, discountedExpectedResidualLifetimeValue } from './shifted-beta-geometric-value.ts';

describe('discountedExpectedLifetimeValue', () => {
  it('matches the closed form for α = β = 1: S(t) = 1/(t+1), DEL = m · −ln(1−x)/x', () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z)/z (Abramowitz & Stegun 15.1.3). d = 10 %: x = 1/1.1,
    // 1 − x = 1/11, so DEL/m = 1.1 · ln 11 = 1.1 · 2.3978953 = 2.6376848; m = 10 000 → 26 377 centavos.
    const value = discountedExpectedLifetimeValue({ alpha: 1, beta: 1, monthlyMarginCents: 10_000, discountRate: 0.1 });
    expect(value.multiplier).toBeCloseTo(2.6376848, 7);
    expect(value.valueCents).toBe(26_377);
  });

  it('matches scipy.special.hyp2f1 for the "regular" cohort parameters', () => {
    // scipy 1.17: hyp2f1(1, 1.182, 0.704 + 1.182, 1/1.1) = 3.6951474055745748.
    const value = discountedExpectedLifetimeValue({ alpha: 0.704, beta: 1.182, monthlyMarginCents: 15_000, discountRate: 0.1 });
    expect(value.multiplier).toBeCloseTo(3.6951474, 6);
    expect(value.valueCents).toBe(55_427);
  });

  it('rejects a zero discount rate', () => {
    expect(() => discountedExpectedLifetimeValue({ alpha: 0.7, beta: 1.2, monthlyMarginCents: 100, discountRate: 0 })).toThrow(RangeError);
  });
});

describe('discountedExpectedResidualLifetimeValue', () => {
  it('for α = β = 1 just after acquisition equals (DEL/m − 1)/x by hand', () => {
    // Σ_{t≥1} x^{t−1}/(t+1) = (2.6376848 − 1) · 1.1 = 1.8014533.
    const value = discountedExpectedResidualLifetimeValue({ alpha: 1, beta: 1, monthlyMarginCents: 10_000, discountRate: 0.1, renewals: 0 });
    expect(value.multiplier).toBeCloseTo(1.8014533, 6);
    expect(value.valueCents).toBe(18_015);
  });

  it('grows with the renewals already made (the sorting effect of heterogeneity)', () => {
    const base = { alpha: 0.704, beta: 1.182, monthlyMarginCents: 10_000, discountRate: 0.01 };
    const values = [0, 1, 5, 20].map((renewals) => discountedExpectedResidualLifetimeValue({ ...base, renewals }).multiplier);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
