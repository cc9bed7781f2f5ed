import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar-date.ts';
import type { ClientFacts } from './client-facts.ts';
import { clientFacts, contractFacts, paceOf, quietSignals, testAsOf } from './client-facts.testing.ts';
import type { ClientSignals } from './client-signals.ts';
import { playbookIds, renewalCallWindowDays, suggestPlaybook } from './playbook.ts';

const asOf = testAsOf;
const daysAgo = (days: number) => addDays(asOf, -days);

function playbook(signals: Partial<ClientSignals>, facts: Partial<ClientFacts> = {}) {
  return suggestPlaybook(clientFacts(facts), quietSignals(signals), asOf);
}

describe('suggestPlaybook: who gets none', () => {
  it('gives none to a client with nothing wrong', () => {
    expect(playbook({})).toBeNull();
    expect(playbook({ daysToExpiry: 40, pace: paceOf(0.9), previousPace: paceOf(0.8) })).toBeNull();
  });

  it('gives none to cancelled or excluded clients, whatever their signals', () => {
    for (const status of ['Cancelado', 'Excluído'] as const) {
      expect(playbook({ blocked: true, blockedDays: 20 }, { status })).toBeNull();
      expect(playbook({ daysToExpiry: -3 }, { status })).toBeNull();
      expect(playbook({}, { status, trialWithoutPlanOn: daysAgo(1) })).toBeNull();
    }
  });
});

describe('suggestPlaybook: blocked', () => {
  it('picks the band by days blocked: 0–3, 4–7, 8–14, 15+', () => {
    const byDays = [0, 3, 4, 7, 8, 14, 15, 60].map((blockedDays) => playbook({ blocked: true, blockedDays }));
    expect(byDays).toEqual([
      'blocked-0-3-days', 'blocked-0-3-days', 'blocked-4-7-days', 'blocked-4-7-days',
      'blocked-8-14-days', 'blocked-8-14-days', 'blocked-15-plus-days', 'blocked-15-plus-days',
    ]);
  });

  it('treats a block of unknown length as a fresh one', () => {
    expect(playbook({ blocked: true, blockedDays: null })).toBe('blocked-0-3-days');
  });

  it('wins over every other trigger', () => {
    const everything: Partial<ClientSignals> = { blocked: true, blockedDays: 10, daysToExpiry: -5, pace: paceOf(0.1), previousPace: paceOf(0.1), acceptancePendingDays: 5 };
    expect(playbook(everything, { trialWithoutPlanOn: daysAgo(1) })).toBe('blocked-8-14-days');
  });
});

describe('suggestPlaybook: expiry', () => {
  it('calls for a renewal within 30 days of an unrenewed expiry, then leaves the client to win-back', () => {
    expect(renewalCallWindowDays).toBe(30);
    expect(playbook({ daysToExpiry: -1 })).toBe('expired-without-renewal');
    expect(playbook({ daysToExpiry: -30 })).toBe('expired-without-renewal');
    expect(playbook({ daysToExpiry: -31 })).toBeNull();
    expect(playbook({ daysToExpiry: -5, renewed: true })).toBeNull();
  });

  it('wins over a low pace in two weekly balances', () => {
    expect(playbook({ daysToExpiry: -2, pace: paceOf(0.1), previousPace: paceOf(0.1) })).toBe('expired-without-renewal');
    // Long expired: neither the call nor the pace playbook.
    expect(playbook({ daysToExpiry: -40, pace: paceOf(0.1), previousPace: paceOf(0.1) })).toBeNull();
  });

  it('calls a client whose plan expires within 7 days with low use (pace < 50 %)', () => {
    expect(playbook({ daysToExpiry: 7, pace: paceOf(0.49) })).toBe('expires-within-7-days-low-use');
    expect(playbook({ daysToExpiry: 0, pace: paceOf(0.2) })).toBe('expires-within-7-days-low-use');
  });

  it('only reminds a client expiring within 7 days who uses enough, or whose use is unknown', () => {
    expect(playbook({ daysToExpiry: 5, pace: paceOf(0.5) })).toBe('expires-within-15-days');
    expect(playbook({ daysToExpiry: 5, pace: null })).toBe('expires-within-15-days');
    expect(playbook({ daysToExpiry: 8, pace: paceOf(0.2) })).toBe('expires-within-15-days');
  });

  it('reminds a client whose plan expires within 15 days, unless renewed', () => {
    expect(playbook({ daysToExpiry: 15 })).toBe('expires-within-15-days');
    expect(playbook({ daysToExpiry: 16 })).toBeNull();
    expect(playbook({ daysToExpiry: 3, renewed: true })).toBeNull();
    expect(playbook({ daysToExpiry: 3, renewed: true, pace: paceOf(0.1) })).toBeNull();
  });
});

describe('suggestPlaybook: usage pace below 40 % in two weekly balances', () => {
  it('fires when both the latest and the previous pace are below 40 %', () => {
    expect(playbook({ pace: paceOf(0.39), previousPace: paceOf(0.39) })).toBe('usage-pace-below-40-percent');
    expect(playbook({ pace: paceOf(0.1), previousPace: paceOf(0.2), daysToExpiry: 20 })).toBe('usage-pace-below-40-percent');
  });

  it('does not fire on one low week, at 40 %, or without a previous balance', () => {
    expect(playbook({ pace: paceOf(0.4), previousPace: paceOf(0.1) })).toBeNull();
    expect(playbook({ pace: paceOf(0.1), previousPace: paceOf(0.4) })).toBeNull();
    expect(playbook({ pace: paceOf(0.1), previousPace: null })).toBeNull();
  });

  it('wins over the 15-day reminder but yields to the 7-day low-use call', () => {
    expect(playbook({ daysToExpiry: 10, pace: paceOf(0.3), previousPace: paceOf(0.3) })).toBe('usage-pace-below-40-percent');
    expect(playbook({ daysToExpiry: 5, pace: paceOf(0.3), previousPace: paceOf(0.3) })).toBe('expires-within-7-days-low-use');
  });
});

describe('suggestPlaybook: acceptance, GYMPASS, trial, lead', () => {
  it('resends the contract when acceptance has been pending more than 48 h (more than 2 days)', () => {
    expect(playbook({ acceptancePendingDays: 3 })).toBe('acceptance-pending-48h');
    expect(playbook({ acceptancePendingDays: 10 })).toBe('acceptance-pending-48h');
    expect(playbook({ acceptancePendingDays: 2 })).toBeNull();
    expect(playbook({ acceptancePendingDays: 1 })).toBeNull();
  });

  it('puts the 15-day reminder before the acceptance link', () => {
    expect(playbook({ daysToExpiry: 12, acceptancePendingDays: 5 })).toBe('expires-within-15-days');
  });

  it('offers a direct plan to a GYMPASS member with 8 or more presences', () => {
    const attendance = (presences: number) => ({ periodStart: '2026-11-01', periodEnd: '2026-11-23', presences, absences: 0 });
    expect(playbook({}, { status: 'Cliente Pass', attendance: attendance(8) })).toBe('gympass-8-plus-presences');
    expect(playbook({}, { status: 'Cliente Pass', attendance: attendance(7) })).toBeNull();
    expect(playbook({}, { status: 'Ativo', contract: contractFacts({ planFamily: 'gympass', valueCents: 0 }), attendance: attendance(12) })).toBe('gympass-8-plus-presences');
    expect(playbook({}, { status: 'Ativo', contract: contractFacts(), attendance: attendance(12) })).toBeNull();
    expect(playbook({}, { status: 'Cliente Pass', attendance: null })).toBeNull();
  });

  it('puts the acceptance link before the GYMPASS offer', () => {
    const attendance = { periodStart: '2026-11-01', periodEnd: '2026-11-23', presences: 10, absences: 0 };
    expect(playbook({ acceptancePendingDays: 3 }, { status: 'Cliente Pass', attendance })).toBe('acceptance-pending-48h');
  });

  it('follows up a trial class without a plan for 7 days, then stops', () => {
    for (const days of [0, 1, 3, 7]) expect(playbook({}, { status: 'Prospect', trialWithoutPlanOn: daysAgo(days) })).toBe('trial-without-plan');
    expect(playbook({}, { status: 'Prospect', trialWithoutPlanOn: daysAgo(8) })).toBeNull();
  });

  it('follows up a silent new or engaged lead from 1 to 7 days, then stops', () => {
    const lead = (stage: 'novo' | 'engajado' | 'agendou' | 'compareceu', days: number | null) => ({
      status: 'Prospect' as const,
      lead: { stage, lastContactOn: days === null ? null : daysAgo(days) },
    });
    expect(playbook({}, lead('novo', 1))).toBe('lead-silent');
    expect(playbook({}, lead('engajado', 7))).toBe('lead-silent');
    expect(playbook({}, lead('novo', 0))).toBeNull();
    expect(playbook({}, lead('novo', 8))).toBeNull();
    expect(playbook({}, lead('agendou', 3))).toBeNull();
    expect(playbook({}, lead('compareceu', 3))).toBeNull();
    expect(playbook({}, lead('novo', null))).toBeNull();
  });

  it('puts the trial follow-up before the silent-lead one', () => {
    expect(playbook({}, { status: 'Prospect', trialWithoutPlanOn: daysAgo(2), lead: { stage: 'engajado', lastContactOn: daysAgo(2) } })).toBe('trial-without-plan');
  });
});

describe('playbookIds', () => {
  it('lists the twelve playbooks of DOMAIN.md §3 once each', () => {
    expect(playbookIds).toHaveLength(12);
    expect(new Set(playbookIds).size).toBe(12);
  });
});
