import { describe, expect, it } from 'vitest';
import { activeMrrCents, revenueAtRiskCents, type ValuedClient } from './recurring-revenue.ts';

describe('activeMrrCents and revenueAtRiskCents', () => {
  const clients: ValuedClient[] = [
    { status: 'Ativo', monthlyValueCents: 29_000, atRisk: false },
    { status: 'Ativo', monthlyValueCents: 35_500, atRisk: false },
    { status: 'Ativo', monthlyValueCents: 38_000, atRisk: true },
  ];

  it('reproduces the doc example: R$ 290 + R$ 355 + R$ 380 → MRR R$ 1.025,00, R$ 380,00 at risk', () => {
    expect(activeMrrCents(clients)).toBe(102_500);
    expect(revenueAtRiskCents(clients)).toBe(38_000);
  });

  it('leaves blocked and other non-active clients out of the MRR', () => {
    const more: ValuedClient[] = [...clients, { status: 'Bloqueado', monthlyValueCents: 50_000, atRisk: true }, { status: null, monthlyValueCents: 10_000, atRisk: false }];
    expect(activeMrrCents(more)).toBe(102_500);
    expect(revenueAtRiskCents(more)).toBe(88_000);
  });

  it('counts an unknown value as nothing, and no clients as 0', () => {
    expect(activeMrrCents([{ status: 'Ativo', monthlyValueCents: null, atRisk: true }])).toBe(0);
    expect(revenueAtRiskCents([{ status: 'Ativo', monthlyValueCents: null, atRisk: true }])).toBe(0);
    expect(activeMrrCents([])).toBe(0);
    expect(revenueAtRiskCents([])).toBe(0);
  });
});
