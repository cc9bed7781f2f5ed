import { describe, expect, it } from 'vitest';
import { auc, brierScore, calibrationTable, timeOrderedHoldout } from './logistic-evaluation.ts';

describe('auc', () => {
  it('is 0.75 for a hand-made ranking', () => {
    // Positives 0.9, 0.6; negatives 0.8, 0.3: 3 of the 4 positive–negative pairs are ordered right.
    expect(auc([0.9, 0.8, 0.6, 0.3], [1, 0, 1, 0])).toBe(0.75);
  });

  it('counts ties half', () => {
    // Positives 0.8, 0.5; negatives 0.5, 0.2: pairs 1 + 1 + ½ + 1 = 3.5 of 4.
    expect(auc([0.8, 0.5, 0.5, 0.2], [1, 1, 0, 0])).toBe(0.875);
    expect(auc([0.4, 0.4, 0.4], [1, 0, 1])).toBe(0.5);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, null without both classes; any score scale', () => {
    expect(auc([90, 70, 20, 10], [1, 1, 0, 0])).toBe(1);
    expect(auc([10, 20, 70, 90], [1, 1, 0, 0])).toBe(0);
    expect(auc([0.3, 0.7], [1, 1])).toBeNull();
  });
});

describe('brierScore', () => {
  it('is the mean squared difference, by hand', () => {
    // (0.9 − 1)² + (0.2 − 0)² + (0.6 − 0)² = 0.01 + 0.04 + 0.36 = 0.41; / 3 = 0.136667.
    expect(brierScore([0.9, 0.2, 0.6], [1, 0, 0])).toBeCloseTo(0.136667, 6);
    expect(brierScore([0.5, 0.5], [1, 0])).toBe(0.25);
  });
});

describe('calibrationTable', () => {
  it('bins by equal width, with null for empty bins', () => {
    const table = calibrationTable([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1]);
    expect(table).toHaveLength(10);
    expect(table[0]).toEqual({ lower: 0, upper: 0.1, count: 1, meanScore: 0.05, observedRate: 0 });
    expect(table[1]!.count).toBe(2);
    expect(table[1]!.meanScore).toBeCloseTo(0.135, 12);
    expect(table[1]!.observedRate).toBe(0.5);
    expect(table[5]).toEqual({ lower: 0.5, upper: 0.6, count: 0, meanScore: null, observedRate: null });
    expect(table[9]).toMatchObject({ count: 2, meanScore: 0.975, observedRate: 1 });
  });

  it('accepts another number of bins', () => {
    expect(calibrationTable([0.1, 0.6], [0, 1], 2).map((bin) => bin.count)).toEqual([1, 1]);
  });
});

describe('timeOrderedHoldout', () => {
  it('trains on the earliest rows and tests on the latest, never shuffling', () => {
    const rows = [
      { id: 'e', date: '2026-05-01' },
      { id: 'a', date: '2026-01-10' },
      { id: 'c', date: '2026-03-01' },
      { id: 'b', date: '2026-02-01' },
      { id: 'd', date: '2026-04-01' },
    ];
    // 5 rows, fraction 0.4 → the latest ⌈2⌉ = 2 rows: cut-off 2026-04-01.
    const { train, test, cutoff } = timeOrderedHoldout(rows, 0.4);
    expect(cutoff).toBe('2026-04-01');
    expect(train.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(test.map((row) => row.id)).toEqual(['d', 'e']);
  });

  it('keeps all rows of the cut-off date on the test side', () => {
    const rows = [
      { id: 1, date: '2026-01-01' },
      { id: 2, date: '2026-02-01' },
      { id: 3, date: '2026-02-01' },
      { id: 4, date: '2026-02-01' },
    ];
    // ⌈4 · 0.25⌉ = 1 row would be the last; its date 2026-02-01 takes all three rows of that date.
    const { train, test } = timeOrderedHoldout(rows, 0.25);
    expect(train.map((row) => row.id)).toEqual([1]);
    expect(test.map((row) => row.id)).toEqual([2, 3, 4]);
  });

  it('handles no rows and rejects a fraction outside (0, 1)', () => {
    expect(timeOrderedHoldout([], 0.3)).toEqual({ train: [], test: [], cutoff: null });
    expect(() => timeOrderedHoldout([{ date: '2026-01-01' }], 1)).toThrow(RangeError);
  });
});
