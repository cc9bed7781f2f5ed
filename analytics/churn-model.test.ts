import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar-date.ts';
import { churnModel, type ChurnExample } from './churn-model.ts';

/**
 * 200 endings, one a day: clients using less than half their classes leave (3 in 4 of them), the others
 * mostly stay (1 in 8 leave). Deterministic: the pattern cycles, no randomness.
 */
function examples(): ChurnExample[] {
  return Array.from({ length: 200 }, (_, index) => {
    const lowUse = index % 2 === 0;
    const churned = lowUse ? index % 8 !== 0 : index % 16 === 1;
    return {
      date: addDays('2026-01-01', index),
      pace: lowUse ? 0.2 + (index % 5) * 0.05 : 0.8 + (index % 5) * 0.05,
      daysBlocked: 0,
      tenureDays: 100 + (index % 7) * 30,
      monthlyValueCents: 29000,
      churned,
    };
  });
}

describe('churn model', () => {
  it('refuses to speak of probability before six months of snapshots', () => {
    const result = churnModel(examples(), 5);
    expect(result.ready).toBe(false);
    expect(result.reason).toContain('6 meses');
  });

  it('fits on the earlier 70 % and evaluates on the later 30 %, by date', () => {
    const result = churnModel(examples(), 6);
    expect(result).toMatchObject({ ready: true, examples: 200, trainingExamples: 140, testExamples: 60, testFrom: addDays('2026-01-01', 140) });
    if (!result.ready || !('coefficients' in result) || !result.coefficients || !result.calibration) throw new Error('expected an evaluated model');
    // Low pace is what drives churn here: its coefficient is negative, and the ranking is good.
    expect(result.coefficients[0]).toBeLessThan(0);
    expect(result.auc).toBeGreaterThan(0.8);
    // Brier of a perfectly uninformed 50 % guess is 0,25; a useful model does better.
    expect(result.brier).toBeLessThan(0.2);
    expect(result.calibration.reduce((sum, bin) => sum + bin.count, 0)).toBe(60);
  });

  it('says why when there are too few endings', () => {
    const result = churnModel(examples().slice(0, 10), 8);
    expect(result).toMatchObject({ ready: false, examples: 10 });
  });
});
