import { describe, expect, it } from 'vitest';
import { defaultStudioSettings } from '../db/studio-settings.ts';
import { clientScore } from './client-facts.testing.ts';
import type { ClientScore } from './score-clients.ts';
import { lostAfterDays, studioDayMetrics, type RevenueBreakdown, type StudioAggregates } from './studio-day-metrics.ts';

const settings = defaultStudioSettings();

function breakdown(overrides: Partial<RevenueBreakdown> = {}): RevenueBreakdown {
  return { totalCents: 0, receipts: 0, payingCustomers: 0, byFamily: [], byPaymentMethod: [], byConsultant: [], ...overrides };
}

function aggregates(overrides: Partial<StudioAggregates> = {}): StudioAggregates {
  return {
    revenueDayCents: 0,
    monthToDate: breakdown(),
    previousMonthSameDays: breakdown(),
    newCustomers: 0,
    contractEndings: [],
    trialConversion: { started: 0, converted: 0, windowDays: 30, from: 'experimental', to: 'plano' },
    gympassConversion: { started: 0, converted: 0, windowDays: 90, from: 'gympass', to: 'plano direto' },
    ...overrides,
  };
}

const metrics = (scores: ClientScore[], overrides: Partial<StudioAggregates> = {}, studioSettings = settings) => studioDayMetrics(scores, aggregates(overrides), studioSettings);

describe('studioDayMetrics: counts', () => {
  it('counts active clients by status Ativo and blocked clients by the block signal', () => {
    const scores = [
      clientScore({ status: 'Ativo' }),
      clientScore({ status: 'Ativo' }),
      clientScore({ status: 'Bloqueado', blocked: true, blockedDays: 3 }),
      clientScore({ status: 'Cliente Pass' }),
      clientScore({ status: 'Prospect', inBase: false }),
    ];
    const result = metrics(scores);
    expect(result.activeCustomers).toBe(2);
    expect(result.blockedCustomers).toBe(1);
  });

  it('counts active or blocked clients expiring in 7, 15 and 30 days, today included, renewals left out', () => {
    const scores = [
      ...[0, 7, 8, 15, 16, 30, 31, -1].map((daysToExpiry) => clientScore({ daysToExpiry })),
      clientScore({ status: 'Bloqueado', blocked: true, daysToExpiry: 3 }),
      clientScore({ daysToExpiry: 5, renewed: true }),
      clientScore({ status: 'Cliente Pass', daysToExpiry: 5 }),
      clientScore({ status: 'Sem Contrato', daysToExpiry: 5 }),
      clientScore({ daysToExpiry: null }),
    ];
    const result = metrics(scores);
    // 7 days: 0, 7 and the blocked 3. 15: + 8, 15. 30: + 16, 30.
    expect(result.expiringIn7Days).toBe(3);
    expect(result.expiringIn15Days).toBe(5);
    expect(result.expiringIn30Days).toBe(7);
  });

  it('counts a client lost exactly 15 days after the end of a contract it did not renew', () => {
    expect(lostAfterDays).toBe(15);
    const scores = [
      clientScore({ status: 'Sem Contrato', daysToExpiry: -15 }),
      clientScore({ status: 'Ativo', daysToExpiry: -15 }),
      clientScore({ daysToExpiry: -14 }),
      clientScore({ daysToExpiry: -16 }),
      clientScore({ daysToExpiry: -15, renewed: true }),
      clientScore({ status: 'Prospect', daysToExpiry: -15 }),
    ];
    expect(metrics(scores).lostCustomers).toBe(2);
  });

  it('passes the revenue of the day, month to date and new clients through', () => {
    const result = metrics([], { revenueDayCents: 76_000, monthToDate: breakdown({ totalCents: 1_234_500 }), newCustomers: 4 });
    expect(result.revenueDayCents).toBe(76_000);
    expect(result.revenueMonthToDateCents).toBe(1_234_500);
    expect(result.newCustomers).toBe(4);
  });
});

describe('studioDayMetrics: recurring revenue', () => {
  it('sums the MRR of active clients only, counting an unknown value as nothing', () => {
    const scores = [
      clientScore({ status: 'Ativo', monthlyValueCents: 29_000 }),
      clientScore({ status: 'Ativo', monthlyValueCents: 35_500 }),
      clientScore({ status: 'Ativo', monthlyValueCents: 38_000 }),
      clientScore({ status: 'Ativo', monthlyValueCents: null }),
      clientScore({ status: 'Bloqueado', blocked: true, monthlyValueCents: 50_000 }),
      clientScore({ status: 'Sem Contrato', inBase: false, monthlyValueCents: 40_000 }),
    ];
    expect(metrics(scores).activeMrrCents).toBe(102_500);
  });

  it("sums the revenue at risk over the base's clients at or above the list threshold", () => {
    const scores = [
      clientScore({ status: 'Ativo', monthlyValueCents: 38_000, risk: 60 }),
      clientScore({ status: 'Bloqueado', blocked: true, monthlyValueCents: 50_000, risk: 50 }),
      clientScore({ status: 'Ativo', monthlyValueCents: 29_000, risk: 49 }),
      clientScore({ status: 'Sem Contrato', inBase: false, monthlyValueCents: 40_000, risk: 90 }),
    ];
    expect(metrics(scores).revenueAtRiskCents).toBe(88_000);
    expect(metrics(scores).details.atRiskCustomers).toBe(2);
    const lower = defaultStudioSettings();
    lower.risk.listThreshold = 40;
    expect(metrics(scores, {}, lower).revenueAtRiskCents).toBe(117_000);
  });
});

describe('studioDayMetrics: details', () => {
  it('counts risk categories and health bands of the base, and every playbook', () => {
    const scores = [
      clientScore({ riskCategory: 'Alto', healthBand: 'Atenção', playbook: 'blocked-4-7-days' }),
      clientScore({ riskCategory: 'Alto', healthBand: 'Crítico', playbook: 'blocked-4-7-days' }),
      clientScore({ riskCategory: 'Baixo', healthBand: null, playbook: null }),
      clientScore({ status: 'Prospect', inBase: false, riskCategory: 'Baixo', healthBand: 'Saudável', playbook: 'trial-without-plan' }),
    ];
    const { details } = metrics(scores);
    expect(details.riskCategories).toEqual({ Alto: 2, Baixo: 1 });
    expect(details.healthBands).toEqual({ Atenção: 1, Crítico: 1 });
    expect(details.playbooks).toEqual({ 'blocked-4-7-days': 2, 'trial-without-plan': 1 });
  });

  it('bands blocked clients by days blocked', () => {
    const scores = [1, 5, 5, 20, null].map((blockedDays) => clientScore({ status: 'Bloqueado', blocked: true, blockedDays }));
    expect(metrics(scores).details.blockedByDays).toEqual({ '0-3': 1, '4-7': 2, '8-14': 0, '15+': 1, 'sem data': 1 });
  });

  it("measures utilisation over active clients' paces only", () => {
    const scores = [
      ...[0.2, 0.6, 0.9, 1.1].map((pace) => clientScore({ status: 'Ativo', pace })),
      clientScore({ status: 'Ativo', pace: null }),
      clientScore({ status: 'Bloqueado', blocked: true, pace: 0.1 }),
    ];
    expect(metrics(scores).details.utilisation).toEqual({ clients: 4, medianPace: 0.75, shareBelowHalfPace: 0.25 });
  });

  it('computes ticket médio, renewal rate, conversions and the league table from the aggregates', () => {
    const monthToDate = breakdown({
      totalCents: 100_000,
      payingCustomers: 4,
      byConsultant: [
        { key: 'Camila', cents: 40_000, receipts: 2 },
        { key: 'Mateus', cents: 60_000, receipts: 3 },
      ],
    });
    const previousMonthSameDays = breakdown({ totalCents: 80_000 });
    const { details } = metrics([], {
      monthToDate,
      previousMonthSameDays,
      contractEndings: [{ family: 'calistenia', ended: 4, renewed: 3 }],
      trialConversion: { started: 8, converted: 2, windowDays: 30, from: 'experimental', to: 'plano' },
      gympassConversion: { started: 0, converted: 0, windowDays: 90, from: 'gympass', to: 'plano direto' },
    });
    expect(details.ticketMedioCents).toBe(25_000);
    expect(details.revenueMonthToDate).toBe(monthToDate);
    expect(details.revenuePreviousMonthSameDays).toBe(previousMonthSameDays);
    expect(details.renewalRate).toEqual({ ended: 4, renewed: 3, rate: 0.75, byFamily: [{ family: 'calistenia', ended: 4, renewed: 3, rate: 0.75 }] });
    expect(details.trialConversion).toEqual({ started: 8, converted: 2, windowDays: 30, from: 'experimental', to: 'plano', rate: 0.25 });
    expect(details.gympassConversion).toMatchObject({ started: 0, converted: 0, rate: null });
    expect(details.consultantLeague).toEqual([
      { consultant: 'Mateus', revenueCents: 60_000, receipts: 3, share: 0.6 },
      { consultant: 'Camila', revenueCents: 40_000, receipts: 2, share: 0.4 },
    ]);
  });

  it('reports zeros and unknowns for a studio without clients', () => {
    const result = metrics([]);
    expect(result).toMatchObject({ activeCustomers: 0, blockedCustomers: 0, expiringIn7Days: 0, activeMrrCents: 0, revenueAtRiskCents: 0, lostCustomers: 0 });
    expect(result.details.ticketMedioCents).toBeNull();
    expect(result.details.utilisation).toEqual({ clients: 0, medianPace: null, shareBelowHalfPace: null });
  });
});
