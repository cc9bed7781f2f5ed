/**
 * Everything the daily snapshot knows about one client on the as-of date, gathered from the stored
 * snapshots (the latest on or before as-of) by analytics/queries/client-facts.ts. Every field may be
 * null: exports vary, and a missing fact is said, never guessed.
 */
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { CustomerStatus, LeadStage, PlanFamily } from '../db/schema/index.ts';

export interface ContractFacts {
  planName: string;
  planFamily: PlanFamily;
  sessionsPerWeek: number | null;
  /** The plan's billing period: 30 for monthly, 90 quarterly... */
  periodDays: number | null;
  valueCents: number | null;
  startsOn: CalendarDate | null;
  endsOn: CalendarDate | null;
  /** A later contract of the same client exists (the renewal is registered). */
  renewed: boolean;
}

export interface BalanceFacts {
  snapshotOn: CalendarDate;
  totalContracted: number | null;
  totalUsed: number | null;
  weeklyContracted: number | null;
  weeklyUsed: number | null;
}

/** The frequency report's counts, which explain usage when there is no class balance. */
export type AttendanceCounts = Pick<NonNullable<ClientFacts['attendance']>, 'presences' | 'absences'>;

export interface ClientFacts {
  customerId: number;
  code: string;
  name: string | null;
  status: CustomerStatus | null;
  customerSince: CalendarDate | null;
  /** The plan the client is on (or was last on): latest end among plans started by as-of. */
  contract: ContractFacts | null;
  /** Balances of that contract, newest first: the latest and an earlier weekly one. */
  balances: BalanceFacts[];
  block: { blockedOn: CalendarDate | null; daysBlocked: number | null; overdueCents: number | null; snapshotOn: CalendarDate } | null;
  acceptancePending: { since: CalendarDate } | null;
  /** The latest frequency report covering as-of (or ending just before it). */
  attendance: { periodStart: CalendarDate; periodEnd: CalendarDate; presences: number | null; absences: number | null } | null;
  lastPaymentOn: CalendarDate | null;
  /** Last experimental class bought, when no paid plan followed it. */
  trialWithoutPlanOn: CalendarDate | null;
  /** The latest action (call, message) towards the client, if any. */
  lastContactedOn: CalendarDate | null;
  /** When the client is also a lead (a prospect): its funnel stage and last contact. */
  lead: { stage: LeadStage; lastContactOn: CalendarDate | null } | null;
}
