/**
 * The cases planted on purpose so that every playbook of DOMAIN.md §3 has clients to act on, listed
 * in the manifest with the facts that make them qualify. The order covers every playbook once before
 * planting a second example, so even a tiny demo studio exercises as many playbooks as it can hold.
 */
import type { JourneyContext } from './contract-sale.ts';
import { newIdentity } from './names.ts';
import {
  acceptancePending, blocked, expired, expiring, frequentGympass, lowPace, silentLead, trialWithoutPlan, type Facts, type Teller,
} from './planted-stories.ts';
import type { Random } from './random.ts';
import { consultantOn } from './staff.ts';
import type { Client } from './studio-records.ts';

export type Playbook =
  | 'blocked-0-3-days' | 'blocked-4-7-days' | 'blocked-8-14-days' | 'blocked-15-plus-days'
  | 'usage-pace-below-40-percent' | 'expires-within-15-days' | 'expires-within-7-days-low-use'
  | 'expired-without-renewal' | 'trial-without-plan' | 'gympass-8-plus-presences'
  | 'acceptance-pending-48h' | 'lead-silent';

/** The trigger of each playbook, worded as DOMAIN.md §3 does. */
export const playbookTriggers: Record<Playbook, string> = {
  'blocked-0-3-days': 'blocked 0–3 days',
  'blocked-4-7-days': 'blocked 4–7 days',
  'blocked-8-14-days': 'blocked 8–14 days',
  'blocked-15-plus-days': 'blocked 15+ days',
  'usage-pace-below-40-percent': 'usage pace < 40 % in two weekly snapshots',
  'expires-within-15-days': 'expires in ≤ 15 days',
  'expires-within-7-days-low-use': 'expires in ≤ 7 days with low use',
  'expired-without-renewal': 'expired without renewal',
  'trial-without-plan': 'trial class without a paid plan',
  'gympass-8-plus-presences': 'GYMPASS client with ≥ 8 presences a month',
  'acceptance-pending-48h': 'acceptance pending > 48 h',
  'lead-silent': 'lead silent',
};

const scripts: readonly { playbook: Playbook; tell: Teller }[] = [
  // One of each playbook…
  { playbook: 'blocked-0-3-days', tell: blocked(2, true) },
  { playbook: 'blocked-4-7-days', tell: blocked(5, true) },
  { playbook: 'blocked-8-14-days', tell: blocked(11, true) },
  { playbook: 'blocked-15-plus-days', tell: blocked(20, true) },
  { playbook: 'usage-pace-below-40-percent', tell: lowPace('cal3-trimestral', 40, 0.28) },
  { playbook: 'expires-within-15-days', tell: expiring(12, 'cal2-mensal', 0.85) },
  { playbook: 'expires-within-7-days-low-use', tell: expiring(5, 'cal3-trimestral', 0.3) },
  { playbook: 'expired-without-renewal', tell: expired(3, 'cal2-mensal') },
  { playbook: 'trial-without-plan', tell: trialWithoutPlan(1) },
  { playbook: 'gympass-8-plus-presences', tell: frequentGympass(1) },
  { playbook: 'acceptance-pending-48h', tell: acceptancePending(3) },
  { playbook: 'lead-silent', tell: silentLead(1) },
  // …then the variants: blocks without overdue payments, other ages and plans.
  { playbook: 'blocked-0-3-days', tell: blocked(1, false) },
  { playbook: 'blocked-4-7-days', tell: blocked(6, false) },
  { playbook: 'blocked-8-14-days', tell: blocked(9, false) },
  { playbook: 'blocked-15-plus-days', tell: blocked(33, false) },
  { playbook: 'usage-pace-below-40-percent', tell: lowPace('cal2-semestral', 75, 0.2) },
  { playbook: 'expires-within-15-days', tell: expiring(8, 'cal3-trimestral', 0.8) },
  { playbook: 'expired-without-renewal', tell: expired(10, 'cal3-trimestral') },
  { playbook: 'trial-without-plan', tell: trialWithoutPlan(3) },
  { playbook: 'gympass-8-plus-presences', tell: frequentGympass(0.85) },
  { playbook: 'acceptance-pending-48h', tell: acceptancePending(6) },
  { playbook: 'lead-silent', tell: silentLead(3) },
  { playbook: 'trial-without-plan', tell: trialWithoutPlan(7) },
  { playbook: 'lead-silent', tell: silentLead(7) },
];

export const plantedCaseCount = scripts.length;

export interface PlantedCase {
  playbook: Playbook;
  client: Client;
  facts: Facts;
}

/**
 * The first `count` planted cases, each a client (code 0 until codes are given in registration order).
 * Names are taken from `takenNames`, so no ordinary client shares them.
 */
export function plantCases(context: JourneyContext, count: number, takenNames: Set<string>): PlantedCase[] {
  return scripts.slice(0, count).map((script) => {
    const random: Random = context.random.fork();
    const storyContext = { ...context, random };
    const identity = newIdentity(random, takenNames, true);
    const consultant = consultantOn(random, context.asOf, context.historyStart);
    const story = script.tell(storyContext, consultant);
    const client: Client = {
      code: 0,
      identity,
      registeredOn: story.registeredOn,
      consultant,
      lead: story.lead,
      contracts: story.contracts,
      visits: story.visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      excluded: false,
      attendanceName: null,
    };
    return { playbook: script.playbook, client, facts: story.facts };
  });
}
