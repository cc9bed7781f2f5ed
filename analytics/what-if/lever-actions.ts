/**
 * What the studio can do to move each lever: the playbooks (DOMAIN.md §3) that act on it, each with the
 * save rate measured on its own actions (metrics/playbook-outcomes.ts) once there are any. Renewal is
 * moved by every playbook that keeps a current client (reminders, calls, blocked clients, low use,
 * pending acceptance); trial conversion by the trial follow-up; GYMPASS conversion by the direct-plan
 * offer; new clients by following up silent leads. Price, upsell and packs have no playbook: they are
 * the owner's decisions, and the answer says so rather than inventing one.
 */
import type { PlaybookOutcomes } from '../metrics/playbook-outcomes.ts';
import type { PlaybookId } from '../playbook.ts';
import type { LeverId } from './levers.ts';

export const leverPlaybooks: Record<LeverId, readonly PlaybookId[]> = {
  renewal: [
    'expires-within-15-days', 'expires-within-7-days-low-use', 'expired-without-renewal', 'usage-pace-below-40-percent', 'acceptance-pending-48h',
    'blocked-0-3-days', 'blocked-4-7-days', 'blocked-8-14-days', 'blocked-15-plus-days',
  ],
  ticket: [],
  newClients: ['lead-silent'],
  trialConversion: ['trial-without-plan'],
  gympassConversion: ['gympass-8-plus-presences'],
  upsell: [],
  packsAndDropIns: [],
};

export interface PlaybookAction {
  playbook: PlaybookId;
  /** Clients worked by the playbook in the window, and the share saved (null: no action yet). */
  clients: number;
  saved: number;
  saveRate: number | null;
}

export interface LeverActions {
  lever: LeverId;
  playbooks: PlaybookAction[];
}

/** The playbooks of each lever, measured ones first (by save rate), then the rest in their listed order. */
export function leverActions(levers: readonly LeverId[], outcomes: PlaybookOutcomes): LeverActions[] {
  const measured = new Map(outcomes.byPlaybook.map((tally) => [tally.playbook, tally]));
  return levers.map((lever) => ({
    lever,
    playbooks: leverPlaybooks[lever]
      .map((playbook) => {
        const tally = measured.get(playbook);
        return { playbook, clients: tally?.clients ?? 0, saved: tally?.saved ?? 0, saveRate: tally?.saveRate ?? null };
      })
      .sort((a, b) => (b.saveRate ?? -1) - (a.saveRate ?? -1)),
  }));
}
