import { describe, expect, it } from 'vitest';
import { nearestRank } from './nearest-rank.ts';

describe('nearestRank', () => {
  it('takes the ⌈p/100 · n⌉-th sorted value', () => {
    expect(nearestRank([50, 300, 100], 95)).toBe(300);
    expect(nearestRank([4, 1, 3, 2], 50)).toBe(2);
    expect(nearestRank([4, 1, 3, 2], 0)).toBe(1);
    expect(nearestRank([4, 1, 3, 2], 100)).toBe(4);
    expect(nearestRank([], 95)).toBeNull();
  });
});
