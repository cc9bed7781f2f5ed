/**
 * The facts the health, risk and playbook rules read, derived once per client from ClientFacts and
 * the as-of date: how long blocked, days to or since expiry, usage pace now and a week ago, days since
 * the last payment and the last presence. Each null means "not known", never zero.
 */
import { daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import type { ClientFacts } from './client-facts.ts';
import { usagePace, type UsagePace } from './usage-pace.ts';

export interface ClientSignals {
  blocked: boolean;
  /** Days since the block began; null when blocked but the report gives no date. */
  blockedDays: number | null;
  overdueCents: number | null;
  /** Positive: days left; 0: expires today; negative: days since it expired. Null without an end date
   * or for an aggregator's membership. */
  daysToExpiry: number | null;
  renewed: boolean;
  pace: UsagePace | null;
  /** Pace at the earlier weekly balance, when there is one at least 5 days older than the latest. */
  previousPace: UsagePace | null;
  daysSincePayment: number | null;
  billingCycleDays: number | null;
  /** Days without any presence, when an export shows it (a report or an unchanged balance). */
  daysWithoutAttendance: number | null;
  acceptancePendingDays: number | null;
  tenureDays: number | null;
}

/** The signals health and risk read, and what is stored of them: the previous pace only picks a playbook. */
export type ScoredSignals = Omit<ClientSignals, 'previousPace'>;

/** The signals without the previous pace, field by field: a rest copy is several times slower per client. */
export function scoredSignals(signals: ClientSignals): ScoredSignals {
  return {
    blocked: signals.blocked,
    blockedDays: signals.blockedDays,
    overdueCents: signals.overdueCents,
    daysToExpiry: signals.daysToExpiry,
    renewed: signals.renewed,
    pace: signals.pace,
    daysSincePayment: signals.daysSincePayment,
    billingCycleDays: signals.billingCycleDays,
    daysWithoutAttendance: signals.daysWithoutAttendance,
    acceptancePendingDays: signals.acceptancePendingDays,
    tenureDays: signals.tenureDays,
  };
}

/** A report or a balance this old no longer describes today. */
const staleAfterDays = 3;
/** Balances come with weekly exports; the pace is judged on one at most this old. */
const staleBalanceDays = 14;

function daysWithoutAttendance(facts: ClientFacts, asOf: CalendarDate): number | null {
  const report = facts.attendance;
  if (report && report.presences === 0 && daysBetween(report.periodEnd, asOf) <= staleAfterDays) {
    return daysBetween(report.periodStart, asOf) + 1;
  }
  const [latest, ...older] = facts.balances;
  if (!latest || latest.totalUsed === null || daysBetween(latest.snapshotOn, asOf) > staleAfterDays) return null;
  const oldestSameUse = [...older].reverse().find((balance) => balance.totalUsed === latest.totalUsed);
  return oldestSameUse ? daysBetween(oldestSameUse.snapshotOn, asOf) : null;
}

function blockedDays(block: ClientFacts['block'], asOf: CalendarDate): number | null {
  if (block?.blockedOn) return daysBetween(block.blockedOn, asOf);
  if (block?.daysBlocked !== null && block?.daysBlocked !== undefined) return block.daysBlocked + daysBetween(block.snapshotOn, asOf);
  return null;
}

export function clientSignals(facts: ClientFacts, asOf: CalendarDate): ClientSignals {
  const { contract, block } = facts;
  // The client's status, when known, is the authority: a block date beside an Ativo status was lifted.
  const blocked = facts.status === 'Bloqueado' || (facts.status === null && Boolean(block?.blockedOn));
  const [newest, ...older] = facts.balances;
  // A balance older than two weekly exports says nothing about this week's pace.
  const latest = newest && daysBetween(newest.snapshotOn, asOf) <= staleBalanceDays ? newest : undefined;
  const previous = latest ? older.find((balance) => daysBetween(balance.snapshotOn, latest.snapshotOn) >= 5) : undefined;
  return {
    blocked,
    blockedDays: blocked ? blockedDays(block, asOf) : null,
    overdueCents: block?.overdueCents ?? null,
    // An aggregator's membership (GYMPASS, TOTALPASS) renews with the aggregator, not with the studio.
    daysToExpiry: contract?.endsOn && contract.planFamily !== 'gympass' ? daysBetween(asOf, contract.endsOn) : null,
    renewed: contract?.renewed ?? false,
    pace: contract && latest ? usagePace(contract, latest) : null,
    previousPace: contract && previous ? usagePace(contract, previous) : null,
    daysSincePayment: facts.lastPaymentOn ? daysBetween(facts.lastPaymentOn, asOf) : null,
    billingCycleDays: contract?.periodDays ?? null,
    daysWithoutAttendance: daysWithoutAttendance(facts, asOf),
    acceptancePendingDays: facts.acceptancePending ? daysBetween(facts.acceptancePending.since, asOf) : null,
    tenureDays: facts.customerSince ? daysBetween(facts.customerSince, asOf) : null,
  };
}
