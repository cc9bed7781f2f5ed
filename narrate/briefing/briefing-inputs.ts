/**
 * Everything the owner's briefing of `asOf` is made of, read from the database. The briefing goes out
 * in the morning, so it reports yesterday's flows (revenue, new clients, leads, conversions) and this
 * morning's stocks (active, blocked, expiring, MRR, who is at risk), from the daily snapshot of `asOf`.
 * On Mondays it also looks back on the week that ended yesterday: what the playbooks saved.
 */
import { atRiskList } from '../../analytics/at-risk-list.ts';
import { computeDailySnapshot } from '../../analytics/daily-snapshot.ts';
import { playbookOutcomes, type PlaybookOutcomes } from '../../analytics/metrics/playbook-outcomes.ts';
import { conversionsOn, newLeadsOn, revenueByPlan, storedHeadline } from '../../analytics/queries/briefing-inputs.ts';
import { undeliveredMessagesOn } from '../../analytics/queries/undelivered-messages.ts';
import { playbookActions } from '../../analytics/queries/playbook-actions.ts';
import { dailyRevenue, monthlyRevenue, newCustomers, revenueBreakdown } from '../../analytics/queries/studio-aggregates.ts';
import type { StudioDayMetrics } from '../../analytics/studio-day-metrics.ts';
import type { PulsoDb } from '../../db/database.ts';
import type { Studio } from '../../db/studio.ts';
import { addDays, previousMonthSameDays, weekday, type CalendarDate } from '../../domain/calendar-date.ts';

/** A year of daily revenue, for records and same-weekday anomalies. */
const dailyHistoryDays = 365;
/** How many clients at risk the briefing names. */
export const briefingAtRiskShown = 3;
/** The weekday whose briefing looks back on the week before it (0 = Sunday): Monday. */
const weeklyReviewWeekday = 1;

export type Breakdown = Awaited<ReturnType<typeof revenueBreakdown>> & { byPlan: { key: string; cents: number }[] };

export interface BriefingInputs {
  studioName: string;
  asOf: CalendarDate;
  yesterday: CalendarDate;
  metrics: StudioDayMetrics;
  topAtRisk: { name: string; risk: number; reasons: string[]; monthlyValueCents: number | null }[];
  monthToDate: Breakdown;
  previousMonthSameDays: Breakdown & { from: CalendarDate; to: CalendarDate };
  newCustomers: number;
  newLeads: number;
  conversions: number;
  weekAgo: { activeCustomers: number; blockedCustomers: number; activeMrrCents: number } | null;
  /** Oldest first, ending yesterday, zeros included. */
  dailyRevenue: { date: CalendarDate; revenueCents: number }[];
  /** Oldest first, up to the month of yesterday (its last entry may be incomplete). */
  monthlyRevenue: { month: string; revenueCents: number }[];
  /** Mondays only: the playbooks' actions of the seven days to yesterday, with the outcomes known by yesterday. */
  playbookWeek: { from: CalendarDate; to: CalendarDate; outcomes: PlaybookOutcomes } | null;
  /** Messages that failed every attempt yesterday (the outbox's dead letters). */
  undeliveredYesterday: number;
}

async function playbookWeek(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<BriefingInputs['playbookWeek']> {
  if (weekday(asOf) !== weeklyReviewWeekday) return null;
  const period = { from: addDays(asOf, -7), to: addDays(asOf, -1) };
  return { ...period, outcomes: playbookOutcomes(await playbookActions(db, studio, { ...period, outcomesUpTo: period.to })) };
}

async function breakdown(db: PulsoDb, studioId: number, from: CalendarDate, to: CalendarDate): Promise<Breakdown> {
  const [sums, byPlan] = await Promise.all([revenueBreakdown(db, studioId, from, to), revenueByPlan(db, studioId, from, to)]);
  return { ...sums, byPlan };
}

export async function briefingInputs(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<BriefingInputs> {
  const yesterday = addDays(asOf, -1);
  const previous = previousMonthSameDays(yesterday);
  const [snapshot, monthToDate, previousSums, newCount, leads, conversions, weekAgo, daily, monthly, week, undelivered] = await Promise.all([
    computeDailySnapshot(db, studio, asOf),
    breakdown(db, studio.id, `${yesterday.slice(0, 8)}01`, yesterday),
    breakdown(db, studio.id, previous.from, previous.to),
    newCustomers(db, { studioId: studio.id, asOf: yesterday }),
    newLeadsOn(db, studio.id, yesterday, studio.timeZone),
    conversionsOn(db, studio.id, yesterday),
    storedHeadline(db, studio.id, addDays(asOf, -7)),
    dailyRevenue(db, { studioId: studio.id, asOf: yesterday }, dailyHistoryDays),
    monthlyRevenue(db, { studioId: studio.id, asOf: yesterday }),
    playbookWeek(db, studio, asOf),
    undeliveredMessagesOn(db, studio, yesterday),
  ]);
  const atRisk = atRiskList(snapshot.scores, studio.settings.risk, asOf, briefingAtRiskShown);
  return {
    studioName: studio.name,
    asOf,
    yesterday,
    metrics: snapshot.metrics,
    // A client erased under LGPD has no name to say; the dashboard still counts them.
    topAtRisk: atRisk.items.filter((score) => score.name).map((score) => ({ name: score.name!, risk: score.risk, reasons: score.riskPoints.map((point) => point.reason), monthlyValueCents: score.monthlyValueCents })),
    monthToDate,
    previousMonthSameDays: { ...previousSums, ...previous },
    newCustomers: newCount,
    newLeads: leads,
    conversions,
    weekAgo,
    dailyRevenue: daily,
    monthlyRevenue: monthly,
    playbookWeek: week,
    undeliveredYesterday: undelivered,
  };
}
