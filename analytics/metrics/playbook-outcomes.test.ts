import { describe, expect, it } from 'vitest';
import { playbookOutcomes, type PlaybookAction } from './playbook-outcomes.ts';

const action = (playbook: string, customerId: number, outcome: PlaybookAction['outcome'] = null, revenueKeptCents: number | null = null): PlaybookAction => ({
  playbook, customerId, outcome, revenueKeptCents,
});

describe('playbookOutcomes', () => {
  it('reproduces the doc example: per playbook by client, both save rates, and a total that counts each client once', () => {
    const result = playbookOutcomes([
      action('blocked-0-3-days', 1, 'paid', 29_000),
      action('blocked-0-3-days', 2, 'no_answer'),
      action('blocked-0-3-days', 3),
      action('expired-without-renewal', 3),
      action('expired-without-renewal', 4, 'renewed', 38_000),
    ]);
    expect(result.byPlaybook).toEqual([
      { playbook: 'blocked-0-3-days', clients: 3, saved: 1, withOutcome: 2, saveRate: 1 / 3, saveRateOfKnown: 0.5, revenueKeptCents: 29_000 },
      { playbook: 'expired-without-renewal', clients: 2, saved: 1, withOutcome: 1, saveRate: 0.5, saveRateOfKnown: 1, revenueKeptCents: 38_000 },
    ]);
    expect(result.total).toEqual({ clients: 4, saved: 2, withOutcome: 3, saveRate: 0.5, saveRateOfKnown: 2 / 3, revenueKeptCents: 67_000 });
  });

  it('counts a client once per playbook: a task, its message and the call that saved them are one save', () => {
    const result = playbookOutcomes([
      action('expires-within-15-days', 7),
      action('expires-within-15-days', 7),
      action('expires-within-15-days', 7, 'renewed', 45_000),
      action('expires-within-15-days', 8, 'replied'),
    ]);
    expect(result.byPlaybook).toEqual([{ playbook: 'expires-within-15-days', clients: 2, saved: 1, withOutcome: 2, saveRate: 0.5, saveRateOfKnown: 0.5, revenueKeptCents: 45_000 }]);
  });

  it('counts a staff "renovou" without an amount as saved with no revenue', () => {
    expect(playbookOutcomes([action('trial-without-plan', 5, 'renewed')]).total).toEqual({
      clients: 1, saved: 1, withOutcome: 1, saveRate: 1, saveRateOfKnown: 1, revenueKeptCents: 0,
    });
  });

  it('has no rate without actions, and none of known without an outcome', () => {
    expect(playbookOutcomes([])).toEqual({ total: { clients: 0, saved: 0, withOutcome: 0, saveRate: null, saveRateOfKnown: null, revenueKeptCents: 0 }, byPlaybook: [] });
    expect(playbookOutcomes([action('lead-silent', 9)]).total.saveRateOfKnown).toBeNull();
  });

  it('orders playbooks by clients worked, then by name', () => {
    const result = playbookOutcomes([action('b', 1), action('a', 2), action('c', 3), action('c', 4)]);
    expect(result.byPlaybook.map((row) => row.playbook)).toEqual(['c', 'a', 'b']);
  });
});
