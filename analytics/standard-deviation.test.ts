import { expect, it } from 'vitest';
import { mean } from './mean.ts';
import { sampleStandardDeviation } from './standard-deviation.ts';

it('gives the mean and the sample standard deviation computed by hand', () => {
  // x̄ = 2,7 / 3 = 0,9; Σ(x − x̄)² = 0,01 + 0 + 0,01 = 0,02; sd = √(0,02 / 2) = 0,1.
  expect(mean([0.8, 0.9, 1.0])).toBeCloseTo(0.9, 12);
  expect(sampleStandardDeviation([0.8, 0.9, 1.0])).toBeCloseTo(0.1, 12);
  expect([mean([]), sampleStandardDeviation([5])]).toEqual([0, 0]);
});
