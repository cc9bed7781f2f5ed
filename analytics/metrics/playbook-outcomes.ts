/**
 * Which playbook saves how many clients and how much revenue (DOMAIN.md §3), over the actions of a
 * period. The unit is the client, not the action: a task for the front desk, the automated message and
 * the call that follow it are one client worked by the playbook, saved when any of them renewed or paid.
 * Per playbook:
 *
 *   clients          = distinct clients with an action of the playbook in the period
 *   saved            = those with an action whose outcome is 'renewed' or 'paid'
 *   with outcome     = those with an action whose outcome is known (renewed, paid, replied, no answer, opted out)
 *   save rate        = saved / clients: a client who never answered counts as not saved
 *   save rate of known = saved / with outcome, the kinder denominator, reported beside it
 *   revenue kept     = Σ revenue kept of the saved actions (an import credits each sale to one action)
 *
 * The total counts each client once across playbooks (saved when saved by any), so its clients may be
 * fewer than the playbooks' sum; its revenue is the plain sum.
 *
 * Example: blocked-0-3-days acted on clients 1, 2 and 3; client 1 paid R$ 290,00, client 2 answered
 * "sem resposta", client 3 has no outcome yet → 3 clients, 1 saved, 2 with outcome, save rate 1/3,
 * of known 1/2, R$ 290,00 kept. expired-without-renewal acted on clients 3 and 4, client 4 renewed
 * R$ 380,00 → 2 clients, 1 saved. Total: 4 clients, 2 saved, 3 with outcome, R$ 670,00.
 */
import type { actionOutcomes } from '../../db/schema/index.ts';
import { rate } from './rate.ts';

export interface PlaybookAction {
  playbook: string;
  customerId: number;
  outcome: (typeof actionOutcomes)[number] | null;
  revenueKeptCents: number | null;
}

export interface OutcomeTally {
  clients: number;
  saved: number;
  withOutcome: number;
  saveRate: number | null;
  saveRateOfKnown: number | null;
  revenueKeptCents: number;
}

const isSaved = (action: PlaybookAction) => action.outcome === 'renewed' || action.outcome === 'paid';

function tally(actions: readonly PlaybookAction[]): OutcomeTally {
  const clients = new Set<number>();
  const saved = new Set<number>();
  const known = new Set<number>();
  let revenueKeptCents = 0;
  for (const action of actions) {
    clients.add(action.customerId);
    if (action.outcome !== null) known.add(action.customerId);
    if (!isSaved(action)) continue;
    saved.add(action.customerId);
    revenueKeptCents += action.revenueKeptCents ?? 0;
  }
  return {
    clients: clients.size,
    saved: saved.size,
    withOutcome: known.size,
    saveRate: rate(saved.size, clients.size),
    saveRateOfKnown: rate(saved.size, known.size),
    revenueKeptCents,
  };
}

/** Per playbook, most clients first (then by name), and the total. */
export function playbookOutcomes(actions: readonly PlaybookAction[]) {
  const byPlaybook = new Map<string, PlaybookAction[]>();
  for (const action of actions) {
    const own = byPlaybook.get(action.playbook) ?? [];
    own.push(action);
    byPlaybook.set(action.playbook, own);
  }
  return {
    total: tally(actions),
    byPlaybook: [...byPlaybook]
      .map(([playbook, own]) => ({ playbook, ...tally(own) }))
      .sort((a, b) => b.clients - a.clients || (a.playbook < b.playbook ? -1 : 1)),
  };
}

export type PlaybookOutcomes = ReturnType<typeof playbookOutcomes>;
