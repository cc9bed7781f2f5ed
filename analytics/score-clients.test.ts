import { describe, expect, it } from 'vitest';
import { defaultStudioSettings } from '../db/studio-settings.ts';
import { addDays } from '../domain/calendar-date.ts';
import { balanceFacts, clientFacts, contractFacts, quietSignals, testAsOf } from './client-facts.testing.ts';
import { inActiveBase, scoreClients } from './score-clients.ts';

const asOf = testAsOf;
const settings = defaultStudioSettings();
const daysAgo = (days: number) => addDays(asOf, -days);

describe('inActiveBase', () => {
  it('holds Ativo, Bloqueado and Cliente Pass clients whatever their contract', () => {
    for (const status of ['Ativo', 'Bloqueado', 'Cliente Pass'] as const) {
      expect(inActiveBase(clientFacts({ status }), quietSignals())).toBe(true);
      expect(inActiveBase(clientFacts({ status }), quietSignals({ daysToExpiry: -200 }))).toBe(true);
    }
  });

  it('holds other clients whose contract ended within the 30-day renewal-call window, or runs on', () => {
    expect(inActiveBase(clientFacts({ status: 'Sem Contrato' }), quietSignals({ daysToExpiry: -30 }))).toBe(true);
    expect(inActiveBase(clientFacts({ status: 'Sem Contrato' }), quietSignals({ daysToExpiry: -31 }))).toBe(false);
    expect(inActiveBase(clientFacts({ status: null }), quietSignals({ daysToExpiry: 10 }))).toBe(true);
  });

  it('leaves out prospects and clients without a contract end', () => {
    expect(inActiveBase(clientFacts({ status: 'Prospect' }), quietSignals({ daysToExpiry: 10 }))).toBe(false);
    expect(inActiveBase(clientFacts({ status: 'Sem Contrato' }), quietSignals({ daysToExpiry: null }))).toBe(false);
    expect(inActiveBase(clientFacts({ status: null }), quietSignals())).toBe(false);
  });
});

describe('scoreClients', () => {
  it('does not score cancelled or excluded clients', () => {
    const scores = scoreClients(
      [
        clientFacts({ customerId: 1, code: '1', status: 'Cancelado', contract: contractFacts({ endsOn: daysAgo(3) }) }),
        clientFacts({ customerId: 2, code: '2', status: 'Excluído' }),
        clientFacts({ customerId: 3, code: '3', status: 'Ativo' }),
      ],
      settings,
      asOf,
    );
    expect(scores.map((score) => score.code)).toEqual(['3']);
  });

  it('scores a blocked client: risk with reasons, playbook, value and signals', () => {
    // Blocked 5 days with R$ 150,00 overdue: 40 + 15 + 10 = 65.
    const facts = clientFacts({
      customerId: 7,
      code: '1007',
      status: 'Bloqueado',
      contract: contractFacts({ valueCents: 106_500, periodDays: 90, startsOn: '2026-10-01', endsOn: '2026-12-29' }),
      block: { blockedOn: daysAgo(5), daysBlocked: null, overdueCents: 15_000, snapshotOn: asOf },
      lastContactedOn: daysAgo(1),
    });
    const [score] = scoreClients([facts], settings, asOf);
    expect(score).toMatchObject({
      customerId: 7,
      code: '1007',
      name: 'BRUNO LIMA 91',
      status: 'Bloqueado',
      inBase: true,
      risk: 65,
      riskCategory: 'Alto',
      playbook: 'blocked-4-7-days',
      monthlyValueCents: 35_500,
      lastContactedOn: daysAgo(1),
      blocked: true,
      blockedDays: 5,
      daysToExpiry: 35,
      renewed: false,
      pace: null,
    });
    expect(score!.riskPoints.map((point) => point.rule)).toEqual(['blocked', 'blocked-overdue']);
    expect(score!.healthComponents).toHaveLength(5);
  });

  it('reports the usage pace as a number', () => {
    // Day 15 of 30 with 13 classes: expected 6,5; 13 used → pace 2.
    const facts = clientFacts({ contract: contractFacts(), balances: [balanceFacts({ snapshotOn: '2026-11-15', totalUsed: 13 })] });
    expect(scoreClients([facts], settings, asOf)[0]!.pace).toBe(2);
  });

  it('gives a prospect risk 0 but still a trial playbook', () => {
    const [score] = scoreClients([clientFacts({ status: 'Prospect', trialWithoutPlanOn: daysAgo(2) })], settings, asOf);
    expect(score).toMatchObject({ inBase: false, risk: 0, riskCategory: 'Baixo', riskPoints: [], playbook: 'trial-without-plan' });
  });

  it('gives a long-lapsed client risk 0, no renewal call, but still a silent-lead playbook', () => {
    const lapsed = { status: 'Sem Contrato' as const, contract: contractFacts({ startsOn: '2026-08-01', endsOn: '2026-08-30' }), lastPaymentOn: '2026-08-01' };
    const [quiet, lead] = scoreClients(
      [
        clientFacts({ customerId: 1, code: '1', ...lapsed }),
        clientFacts({ customerId: 2, code: '2', ...lapsed, lead: { stage: 'engajado', lastContactOn: daysAgo(3) } }),
      ],
      settings,
      asOf,
    );
    expect(quiet).toMatchObject({ inBase: false, risk: 0, riskPoints: [], playbook: null, daysToExpiry: -86 });
    expect(lead).toMatchObject({ inBase: false, risk: 0, playbook: 'lead-silent' });
  });

  it('scores a recently lapsed client as in the base, with the renewal call', () => {
    // Ended 10 days ago: 35 + 10 = 45.
    const [score] = scoreClients([clientFacts({ status: 'Sem Contrato', contract: contractFacts({ startsOn: '2026-10-15', endsOn: daysAgo(10) }) })], settings, asOf);
    expect(score).toMatchObject({ inBase: true, risk: 45, riskCategory: 'Médio', playbook: 'expired-without-renewal' });
  });

  it('compares value with the median monthly value of active clients only', () => {
    // Active values 30.000 and 50.000 → median 40.000 (the blocked client's 200.000 is left out).
    // Client A, tenure 0: relationship = 0,4 × 50 × 30.000 / 40.000 = 15.
    const monthly = (valueCents: number) => contractFacts({ valueCents, periodDays: 30, startsOn: '2026-11-20', endsOn: '2026-12-19' });
    const scores = scoreClients(
      [
        clientFacts({ customerId: 1, code: 'A', customerSince: asOf, contract: monthly(30_000) }),
        clientFacts({ customerId: 2, code: 'B', contract: monthly(50_000) }),
        clientFacts({ customerId: 3, code: 'C', status: 'Bloqueado', contract: monthly(200_000) }),
      ],
      settings,
      asOf,
    );
    const relationship = scores[0]!.healthComponents.find((component) => component.component === 'relationship');
    expect(relationship!.score).toBe(15);
  });

  it("applies the studio's risk settings", () => {
    const custom = defaultStudioSettings();
    custom.risk.rules.blockedBase = 10;
    custom.risk.rules.blockedPerDay = 0;
    const facts = clientFacts({ status: 'Bloqueado', block: { blockedOn: daysAgo(5), daysBlocked: null, overdueCents: null, snapshotOn: asOf } });
    expect(scoreClients([facts], custom, asOf)[0]!.risk).toBe(10);
  });

  it('scores nobody from an empty list', () => {
    expect(scoreClients([], settings, asOf)).toEqual([]);
  });
});
