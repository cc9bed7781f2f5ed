import { expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay.ts';

it('doubles from 30 s and stops at one hour', () => {
  expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt))).toEqual([30_000, 60_000, 120_000, 240_000]);
  expect(retryDelayMs(10)).toBe(3_600_000);
  expect(retryDelayMs(3, 100, 250)).toBe(250);
});
