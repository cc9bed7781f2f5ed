import { describe, expect, it } from 'vitest';
import { rate } from './rate.ts';

describe('rate', () => {
  it('is part / whole: rate(3, 4) = 0,75', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 5)).toBe(0);
    expect(rate(5, 5)).toBe(1);
  });

  it('is null when the whole is 0: no base to speak of', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 0)).toBeNull();
  });
});
