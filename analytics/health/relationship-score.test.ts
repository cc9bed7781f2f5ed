import { describe, expect, it } from 'vitest';
import { quietSignals } from '../client-facts.testing.ts';
import { relationshipScore } from './relationship-score.ts';

const tenure = (tenureDays: number | null) => quietSignals({ tenureDays });

describe('relationshipScore', () => {
  it('reproduces the doc example: 6 months, value equal to the median → 0,6·50 + 0,4·50 = 50', () => {
    // 183 days = 6,01 months of 30,44 days: tenure score 50,1.
    expect(relationshipScore(tenure(183), 29_000, 29_000)).toEqual({ score: 50, explanation: 'cliente há 6 meses, valor mensal 100 % da mediana' });
  });

  it('scores tenure alone, months × 100 / 12, when the value is unknown', () => {
    // 91 days = 2,99 months → 24,9 → 25; shown as 2 whole months.
    expect(relationshipScore(tenure(91), null, 29_000)).toEqual({ score: 25, explanation: 'cliente há 2 meses' });
    // 31 days = 1,02 months → 8,5 → 8.
    expect(relationshipScore(tenure(31), null, null)).toEqual({ score: 8, explanation: 'cliente há 1 mês' });
  });

  it('scores tenure alone when the median is unknown or zero', () => {
    expect(relationshipScore(tenure(91), 29_000, null).score).toBe(25);
    expect(relationshipScore(tenure(91), 29_000, 0).score).toBe(25);
  });

  it('counts a year or more of tenure as 100', () => {
    // 400 days = 13,1 months.
    expect(relationshipScore(tenure(400), null, null)).toEqual({ score: 100, explanation: 'cliente há 13 meses' });
    expect(relationshipScore(tenure(1000), 58_000, 29_000).score).toBe(100);
  });

  it('scores value 50 × monthly / median, at most 100', () => {
    // Tenure 0: only 0,4 × value counts.
    expect(relationshipScore(tenure(0), 58_000, 29_000)).toEqual({ score: 40, explanation: 'cliente há 0 meses, valor mensal 200 % da mediana' });
    expect(relationshipScore(tenure(0), 87_000, 29_000).score).toBe(40);
    // Half the median: value 25 → 10.
    expect(relationshipScore(tenure(0), 14_500, 29_000).score).toBe(10);
  });

  it('has no data without a client-since date', () => {
    expect(relationshipScore(tenure(null), 29_000, 29_000)).toEqual({ score: null, explanation: 'sem dados' });
  });
});
