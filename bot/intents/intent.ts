/**
 * What a message asks for. Staff intents read the studio's data and are only run for staff whose role
 * allows them (../permissions.ts); lead intents answer from the studio's public facts.
 */
export const staffIntents = [
  'risk-today', 'client-card', 'renewals', 'blocked', 'summary', 'funnel', 'consultants', 'revenue', 'help',
  'record-outcome', 'take-over', 'give-back', 'more', 'what-if',
] as const;
export const leadIntents = ['greeting', 'prices', 'schedule', 'address', 'trial', 'human', 'negotiation', 'thanks', 'opt-out'] as const;

export type StaffIntent = (typeof staffIntents)[number];
export type LeadIntent = (typeof leadIntents)[number];
export type IntentId = StaffIntent | LeadIntent | 'unknown';

export type RenewalPeriod = 'today' | 'week' | 'month';
export type SummaryPeriod = 'yesterday' | 'month';
export type Outcome = 'contacted' | 'renewed' | 'no-answer';

export interface Recognition {
  intent: IntentId;
  /** 1 for an exact rule, lower when a word had to be corrected; the LLM is asked only below the threshold. */
  confidence: number;
  /** The client or conversation the message names ("ficha da Carla" → "carla"). */
  subject?: string;
  period?: RenewalPeriod | SummaryPeriod;
  outcome?: Outcome;
}
