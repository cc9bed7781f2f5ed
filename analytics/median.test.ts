import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median', () => {
  it('reproduces the doc examples: [5, 1, 3] → 3 and [4, 1, 3, 2] → 2,5', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is null for an empty list', () => {
    expect(median([])).toBeNull();
  });

  it('is the value itself for one value', () => {
    expect(median([7])).toBe(7);
  });

  it('sorts numerically, not as text', () => {
    // As text the order would be 10, 100, 9 and the middle 100.
    expect(median([10, 9, 100])).toBe(10);
    expect(median([-5, 20, 3, -1])).toBe(1);
  });

  it('does not reorder the list it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
