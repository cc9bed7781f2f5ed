import { describe, expect, it } from 'vitest';
import { quietSignals } from '../client-facts.testing.ts';
import type { ClientSignals } from '../client-signals.ts';
import { paymentScore } from './payment-score.ts';

const score = (overrides: Partial<ClientSignals>) => paymentScore(quietSignals(overrides));

describe('paymentScore', () => {
  it('reproduces the doc examples: monthly plan paid 40 days ago → 80; blocked 5 days with an overdue payment → 20', () => {
    expect(score({ daysSincePayment: 40, billingCycleDays: 30 })).toEqual({ score: 80, explanation: 'último pagamento há 40 dias, ciclo de 30 dias' });
    expect(score({ blocked: true, blockedDays: 5, overdueCents: 15_000 })).toEqual({ score: 20, explanation: 'bloqueado há 5 dias; com pagamento em atraso' });
  });

  it('scores 100 when paid within the billing cycle', () => {
    expect(score({ daysSincePayment: 30, billingCycleDays: 30 })).toEqual({ score: 100, explanation: 'pagamentos em dia (último há 30 dias)' });
    expect(score({ daysSincePayment: 1, billingCycleDays: 30 })).toEqual({ score: 100, explanation: 'pagamentos em dia (último há 1 dia)' });
    expect(score({ daysSincePayment: 80, billingCycleDays: 90 }).score).toBe(100);
  });

  it('takes 2 points per day beyond the cycle, down to 0', () => {
    expect(score({ daysSincePayment: 31, billingCycleDays: 30 }).score).toBe(98);
    expect(score({ daysSincePayment: 95, billingCycleDays: 90 }).score).toBe(90);
    // 100 − 2 × 70 = −40 → 0.
    expect(score({ daysSincePayment: 100, billingCycleDays: 30 }).score).toBe(0);
  });

  it('assumes a 30-day cycle when the plan gives none', () => {
    expect(score({ daysSincePayment: 35, billingCycleDays: null })).toEqual({ score: 90, explanation: 'último pagamento há 35 dias, ciclo de 30 dias' });
  });

  it('caps a blocked client at 50 − 2 per day blocked, keeping a lower payment score', () => {
    // Paid 10 days ago (100), blocked 2 days: min(100, 46).
    expect(score({ daysSincePayment: 10, billingCycleDays: 30, blocked: true, blockedDays: 2 }).score).toBe(46);
    // Paid 60 days ago (40), blocked 1 day: min(40, 48).
    expect(score({ daysSincePayment: 60, billingCycleDays: 30, blocked: true, blockedDays: 1 }).score).toBe(40);
    expect(score({ blocked: true, blockedDays: 30 }).score).toBe(0);
  });

  it('scores a block of unknown length as a block of 0 days: 50', () => {
    expect(score({ blocked: true, blockedDays: null }).score).toBe(50);
  });

  it('takes 20 points for an overdue payment', () => {
    expect(score({ daysSincePayment: 10, billingCycleDays: 30, overdueCents: 5_000 }).score).toBe(80);
    expect(score({ daysSincePayment: 10, billingCycleDays: 30, overdueCents: 0 }).score).toBe(100);
  });

  it('has no data without a payment, a block or an overdue amount', () => {
    expect(score({})).toEqual({ score: null, explanation: 'nenhum pagamento registrado' });
  });
});
