import { describe, expect, it } from 'vitest';
import { gaussHypergeometric1 } from './hypergeometric.ts';

describe('gaussHypergeometric1', () => {
  it('matches −ln(1 − z)/z for b = 1, c = 2 (Abramowitz & Stegun 15.1.3)', () => {
    expect(gaussHypergeometric1(1, 2, 1 / 1.1)).toBeCloseTo(1.1 * Math.log(11), 11);
    expect(gaussHypergeometric1(1, 2, 0.5)).toBeCloseTo(2 * Math.log(2), 12);
  });

  it('is the geometric series 1/(1 − z) when b = c', () => {
    expect(gaussHypergeometric1(3.7, 3.7, 0.99)).toBeCloseTo(100, 9);
  });

  it('converges when b > c too: 2F1(1, 2; 1; z) = Σ (k+1) z^k = 1/(1 − z)²', () => {
    expect(gaussHypergeometric1(2, 1, 0.9)).toBeCloseTo(100, 9);
  });

  it('is 1 at z = 0 and rejects z ≥ 1', () => {
    expect(gaussHypergeometric1(1.5, 2.5, 0)).toBe(1);
    expect(() => gaussHypergeometric1(1, 2, 1)).toThrow(RangeError);
  });
});
