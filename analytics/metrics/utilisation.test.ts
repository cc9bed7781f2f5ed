import { describe, expect, it } from 'vitest';
import { utilisation } from './utilisation.ts';

describe('utilisation', () => {
  it('reproduces the doc example: paces [0,2; 0,6; 0,9; 1,1] → median 0,75, 25 % below half pace', () => {
    expect(utilisation([0.2, 0.6, 0.9, 1.1])).toEqual({ clients: 4, medianPace: 0.75, shareBelowHalfPace: 0.25 });
  });

  it('does not count a pace of exactly 50 % as below half pace', () => {
    expect(utilisation([0.5, 0.49, 1])).toEqual({ clients: 3, medianPace: 0.5, shareBelowHalfPace: 1 / 3 });
  });

  it('has no median and no share without clients', () => {
    expect(utilisation([])).toEqual({ clients: 0, medianPace: null, shareBelowHalfPace: null });
  });
});
