/**
 * Which playbook (DOMAIN.md §3) fits a client today. When several triggers fire, the most urgent one
 * wins, in this order: a block (by days blocked), an expired contract, an expiry within 7 days with low
 * use (pace < 50 %), usage pace < 40 % in two weekly balances, an expiry within 15 days, a contract
 * awaiting acceptance for more than 48 h, a frequent GYMPASS member, a trial class without a plan, a
 * silent lead. One playbook per client and day keeps the front desk's list short.
 */
import { daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import type { ClientFacts } from './client-facts.ts';
import type { ClientSignals } from './client-signals.ts';

export const playbookIds = [
  'blocked-0-3-days',
  'blocked-4-7-days',
  'blocked-8-14-days',
  'blocked-15-plus-days',
  'expired-without-renewal',
  'expires-within-7-days-low-use',
  'usage-pace-below-40-percent',
  'expires-within-15-days',
  'acceptance-pending-48h',
  'gympass-8-plus-presences',
  'trial-without-plan',
  'lead-silent',
] as const;
export type PlaybookId = (typeof playbookIds)[number];

/** An expired contract belongs to the renewal call for this long; after it, to win-back lists. */
export const renewalCallWindowDays = 30;
/** Trial follow-ups run D+1, D+3 and D+7; lead follow-ups likewise, then stop. */
const followUpDays = 7;

function blockedPlaybook(days: number): PlaybookId {
  if (days <= 3) return 'blocked-0-3-days';
  if (days <= 7) return 'blocked-4-7-days';
  if (days <= 14) return 'blocked-8-14-days';
  return 'blocked-15-plus-days';
}

export function suggestPlaybook(facts: ClientFacts, signals: ClientSignals, asOf: CalendarDate): PlaybookId | null {
  if (facts.status === 'Cancelado' || facts.status === 'Excluído') return null;
  if (signals.blocked) return blockedPlaybook(signals.blockedDays ?? 0);
  const expiry = signals.daysToExpiry;
  if (expiry !== null && !signals.renewed) {
    if (expiry < 0 && -expiry <= renewalCallWindowDays) return 'expired-without-renewal';
    if (expiry >= 0 && expiry <= 7 && signals.pace && signals.pace.pace < 0.5) return 'expires-within-7-days-low-use';
  }
  if (signals.pace && signals.previousPace && signals.pace.pace < 0.4 && signals.previousPace.pace < 0.4 && (expiry === null || expiry >= 0)) {
    return 'usage-pace-below-40-percent';
  }
  if (expiry !== null && !signals.renewed && expiry >= 0 && expiry <= 15) return 'expires-within-15-days';
  if (signals.acceptancePendingDays !== null && signals.acceptancePendingDays > 2) return 'acceptance-pending-48h';
  const isPassMember = facts.status === 'Cliente Pass' || facts.contract?.planFamily === 'gympass';
  if (isPassMember && (facts.attendance?.presences ?? 0) >= 8) return 'gympass-8-plus-presences';
  if (facts.trialWithoutPlanOn && daysBetween(facts.trialWithoutPlanOn, asOf) <= followUpDays) return 'trial-without-plan';
  if (facts.lead && facts.lead.lastContactOn && ['novo', 'engajado'].includes(facts.lead.stage)) {
    const silentDays = daysBetween(facts.lead.lastContactOn, asOf);
    if (silentDays >= 1 && silentDays <= followUpDays) return 'lead-silent';
  }
  return null;
}
