/**
 * Test-only builders for the analytics inputs: a quiet client (status Ativo, every fact unknown), a
 * monthly calisthenics contract, a class balance, quiet signals and a client's score. Each test states
 * only the facts its rule reads, through overrides.
 */
import type { BalanceFacts, ClientFacts, ContractFacts } from './client-facts.ts';
import type { ClientSignals } from './client-signals.ts';
import type { ClientScore } from './score-clients.ts';
import type { UsagePace } from './usage-pace.ts';

/** The as-of date the tests use unless they say otherwise. */
export const testAsOf = '2026-11-24';

/** A monthly plan of 3 classes a week, R$ 380,00, from 2026-11-01 to 2026-11-30, not renewed. */
export function contractFacts(overrides: Partial<ContractFacts> = {}): ContractFacts {
  return {
    planName: 'CALISTENIA 3X NA SEMANA MENSAL',
    planFamily: 'calistenia',
    sessionsPerWeek: 3,
    periodDays: 30,
    valueCents: 38_000,
    startsOn: '2026-11-01',
    endsOn: '2026-11-30',
    renewed: false,
    ...overrides,
  };
}

export function balanceFacts(overrides: Partial<BalanceFacts> = {}): BalanceFacts {
  return { snapshotOn: testAsOf, totalContracted: 13, totalUsed: 0, weeklyContracted: 3, weeklyUsed: 0, ...overrides };
}

/** An active client about whom nothing else is known. */
export function clientFacts(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return {
    customerId: 1,
    code: '1001',
    name: 'BRUNO LIMA 91',
    status: 'Ativo',
    customerSince: null,
    contract: null,
    balances: [],
    block: null,
    acceptancePending: null,
    attendance: null,
    lastPaymentOn: null,
    trialWithoutPlanOn: null,
    lastContactedOn: null,
    lead: null,
    ...overrides,
  };
}

/** Signals with nothing known and nothing wrong: no rule fires on them. */
export function quietSignals(overrides: Partial<ClientSignals> = {}): ClientSignals {
  return {
    blocked: false,
    blockedDays: null,
    overdueCents: null,
    daysToExpiry: null,
    renewed: false,
    pace: null,
    previousPace: null,
    daysSincePayment: null,
    billingCycleDays: null,
    daysWithoutAttendance: null,
    acceptancePendingDays: null,
    tenureDays: null,
    ...overrides,
  };
}

/** A usage pace; `used` and `expected` only matter to the texts. */
export function paceOf(pace: number, used = 2, expected = 10): UsagePace {
  return { pace, used, expected };
}

/** An active client's score in the active base with risk 0 and nothing else. */
export function clientScore(overrides: Partial<ClientScore> = {}): ClientScore {
  return {
    customerId: 1,
    code: '1001',
    name: 'BRUNO LIMA 91',
    status: 'Ativo',
    signals: quietSignals(),
    attendance: null,
    inBase: true,
    health: null,
    healthBand: null,
    healthComponents: [],
    risk: 0,
    riskCategory: 'Baixo',
    riskPoints: [],
    playbook: null,
    monthlyValueCents: null,
    lastContactedOn: null,
    blocked: false,
    blockedDays: null,
    daysToExpiry: null,
    renewed: false,
    pace: null,
    ...overrides,
  };
}
