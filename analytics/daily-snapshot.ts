/**
 * The daily snapshot as one step (`pulso score`, the 05:00 job, the job after each import): read the
 * clients' facts and the studio's aggregates as of a date, score and measure, and store both,
 * replacing that date. Any past date can be recomputed from the stored snapshots.
 */
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { addDays, addMonths, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { loadClientFacts } from './queries/client-facts.ts';
import { storeSnapshot } from './queries/store-snapshot.ts';
import { contractEndings, conversions, newCustomers, revenueBreakdown } from './queries/studio-aggregates.ts';
import { scoreClients, type ClientScore } from './score-clients.ts';
import { lostAfterDays, studioDayMetrics, type StudioAggregates, type StudioDayMetrics } from './studio-day-metrics.ts';

export interface DailySnapshot {
  asOf: CalendarDate;
  scores: ClientScore[];
  metrics: StudioDayMetrics;
}

/** Windows for the conversion rates: a trial converts within 30 days, a GYMPASS member within 90. */
const trialWindowDays = 30;
const gympassWindowDays = 90;
/** Conversions are measured over the starts of the last six months that have had their full window. */
const conversionLookbackDays = 180;

async function aggregates(db: PulsoDb, studioId: number, asOf: CalendarDate): Promise<StudioAggregates> {
  const monthStart = `${asOf.slice(0, 8)}01`;
  const previousMonthStart = addMonths(monthStart, -1);
  const previousSameDay = addDays(previousMonthStart, Math.min(daysBetween(monthStart, asOf), daysBetween(previousMonthStart, addDays(monthStart, -1))));
  const scope = { studioId, asOf };
  const [day, monthToDate, previousMonthSameDays, newCount, endings, trial, gympass] = await Promise.all([
    revenueBreakdown(db, studioId, asOf, asOf),
    revenueBreakdown(db, studioId, monthStart, asOf),
    revenueBreakdown(db, studioId, previousMonthStart, previousSameDay),
    newCustomers(db, scope),
    contractEndings(db, scope, lostAfterDays),
    conversions(db, scope, 'trial', trialWindowDays, conversionLookbackDays),
    conversions(db, scope, 'gympass', gympassWindowDays, conversionLookbackDays),
  ]);
  return { revenueDayCents: day.totalCents, monthToDate, previousMonthSameDays, newCustomers: newCount, contractEndings: endings, trialConversion: trial, gympassConversion: gympass };
}

/** Computes the snapshot for `asOf` without storing it. */
export async function computeDailySnapshot(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<DailySnapshot> {
  const [facts, studioAggregates] = await Promise.all([
    loadClientFacts(db, { studioId: studio.id, asOf, timeZone: studio.timeZone }),
    aggregates(db, studio.id, asOf),
  ]);
  const scores = scoreClients(facts, studio.settings, asOf);
  return { asOf, scores, metrics: studioDayMetrics(scores, studioAggregates, studio.settings) };
}

/** Computes and stores the snapshot for `asOf`, replacing that date's. */
export async function runDailySnapshot(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<DailySnapshot> {
  const snapshot = await computeDailySnapshot(db, studio, asOf);
  await storeSnapshot(db, studio.id, asOf, snapshot.scores, snapshot.metrics);
  return snapshot;
}
