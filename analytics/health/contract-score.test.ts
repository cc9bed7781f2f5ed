import { describe, expect, it } from 'vitest';
import { quietSignals } from '../client-facts.testing.ts';
import type { ClientSignals } from '../client-signals.ts';
import { contractScore } from './contract-score.ts';

const score = (overrides: Partial<ClientSignals>) => contractScore(quietSignals(overrides));

describe('contractScore', () => {
  it('reproduces the doc example: 10 days left with acceptance pending 3 days → 65 − 15 = 50', () => {
    expect(score({ daysToExpiry: 10, acceptancePendingDays: 3 })).toEqual({ score: 50, explanation: 'vence em 10 dias; aceite pendente há 3 dias' });
  });

  it('scores days left: >30 100, 16–30 85, 8–15 65, 0–7 45', () => {
    const byDays = [45, 31, 30, 16, 15, 8, 7, 1, 0].map((daysToExpiry) => score({ daysToExpiry }).score);
    expect(byDays).toEqual([100, 100, 85, 85, 65, 65, 45, 45, 45]);
    expect(score({ daysToExpiry: 1 }).explanation).toBe('vence em 1 dia');
  });

  it('scores an expiry N days ago 30 − N, never below 0', () => {
    expect(score({ daysToExpiry: -1 })).toEqual({ score: 29, explanation: 'vencido há 1 dia' });
    expect(score({ daysToExpiry: -10 })).toEqual({ score: 20, explanation: 'vencido há 10 dias' });
    expect(score({ daysToExpiry: -30 }).score).toBe(0);
    expect(score({ daysToExpiry: -45 }).score).toBe(0);
  });

  it('scores a registered renewal 100 whatever the dates', () => {
    expect(score({ renewed: true, daysToExpiry: -5 })).toEqual({ score: 100, explanation: 'renovação já registrada' });
    expect(score({ renewed: true, daysToExpiry: null }).score).toBe(100);
  });

  it('takes 15 points for an acceptance pending more than 2 days, not at 2', () => {
    expect(score({ daysToExpiry: 40, acceptancePendingDays: 2 }).score).toBe(100);
    expect(score({ daysToExpiry: 40, acceptancePendingDays: 3 }).score).toBe(85);
    expect(score({ renewed: true, acceptancePendingDays: 4 }).score).toBe(85);
    // 30 − 25 = 5, minus 15: clamped at 0.
    expect(score({ daysToExpiry: -25, acceptancePendingDays: 3 }).score).toBe(0);
  });

  it('has no data without a contract end and without a renewal', () => {
    expect(score({ daysToExpiry: null })).toEqual({ score: null, explanation: 'sem contrato' });
    expect(score({ daysToExpiry: null, acceptancePendingDays: 5 }).score).toBeNull();
  });
});
