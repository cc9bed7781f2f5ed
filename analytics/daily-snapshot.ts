/**
 * The daily snapshot as one step (`pulso score`, the 05:00 job, the job after each import): read the
 * clients' facts and the studio's aggregates as of a date, score and measure, and store both,
 * replacing that date. Any past date can be recomputed from the stored snapshots.
 */
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { addDays, previousMonthSameDays, type CalendarDate } from '../domain/calendar-date.ts';
import { playbookOutcomes } from './metrics/playbook-outcomes.ts';
import { playbookActions } from './queries/playbook-actions.ts';
import { loadClientFacts } from './queries/client-facts.ts';
import { storeSnapshot } from './queries/store-snapshot.ts';
import { churnExamples, cohortMembers, dataQuality, rfmInputs, snapshotMonths, tenures } from './queries/model-inputs.ts';
import { contractEndings, conversions, dailyRevenue, monthlyRevenue, newCustomers, revenueBreakdown } from './queries/studio-aggregates.ts';
import { studioModels, type ModelInputs } from './studio-models.ts';
import { medianMonthlyValue, scoreClients, type ClientScore } from './score-clients.ts';
import { lostAfterDays, studioDayMetrics, type StudioAggregates, type StudioDayMetrics } from './studio-day-metrics.ts';

export interface DailySnapshot {
  asOf: CalendarDate;
  scores: ClientScore[];
  metrics: StudioDayMetrics;
}

/** Windows for the conversion rates: a trial converts within 30 days, a GYMPASS member within 90. */
export const trialWindowDays = 30;
export const gympassWindowDays = 90;
/** Conversions are measured over the starts of the last six months that have had their full window. */
const conversionLookbackDays = 180;

async function aggregates(db: PulsoDb, studioId: number, asOf: CalendarDate): Promise<StudioAggregates> {
  const monthStart = `${asOf.slice(0, 8)}01`;
  const previous = previousMonthSameDays(asOf);
  const scope = { studioId, asOf };
  const [day, monthToDate, previousSums, newCount, endings, trial, gympass] = await Promise.all([
    revenueBreakdown(db, studioId, asOf, asOf),
    revenueBreakdown(db, studioId, monthStart, asOf),
    revenueBreakdown(db, studioId, previous.from, previous.to),
    newCustomers(db, scope),
    contractEndings(db, scope, lostAfterDays),
    conversions(db, scope, 'trial', trialWindowDays, conversionLookbackDays),
    conversions(db, scope, 'gympass', gympassWindowDays, conversionLookbackDays),
  ]);
  return { revenueDayCents: day.totalCents, monthToDate, previousMonthSameDays: previousSums, newCustomers: newCount, contractEndings: endings, trialConversion: trial, gympassConversion: gympass };
}

/** The save rate and revenue kept per playbook (DOMAIN.md §3) are measured over the actions of this many days. */
export const playbookOutcomeWindowDays = 30;

/** The days of daily revenue searched for anomalies. */
const anomalyWindowDays = 90;

/** What the studio's models are fitted on, but the median monthly value, which comes from the scores. */
async function modelInputs(db: PulsoDb, studioId: number, asOf: CalendarDate): Promise<Omit<ModelInputs, 'medianMonthlyValueCents'>> {
  const scope = { studioId, asOf };
  const [members, tenureRows, rfmRows, quality, months, monthly, daily, churnRows] = await Promise.all([
    cohortMembers(db, scope), tenures(db, scope, lostAfterDays), rfmInputs(db, scope), dataQuality(db, scope), snapshotMonths(db, scope),
    monthlyRevenue(db, scope), dailyRevenue(db, scope, anomalyWindowDays), churnExamples(db, scope, lostAfterDays),
  ]);
  return {
    asOf,
    cohortMembers: members.map((row) => ({ code: row.code, firstPaidMonth: row.first_paid_month, activeMonths: row.active_months })),
    tenures: tenureRows.map((row) => ({ family: row.family, durationDays: Number(row.duration_days), observedDays: Number(row.observed_days), ended: row.ended })),
    rfm: rfmRows.map((row) => ({ code: row.code, lastVisitOrPaymentOn: row.last_on, visits: Number(row.visits), paymentsCents: Number(row.payments_cents) })),
    monthlyRevenue: monthly,
    dailyRevenue: daily,
    dataQuality: quality,
    snapshotMonths: months,
    churnExamples: churnRows.map((row) => ({
      date: row.ended_on, pace: Number(row.pace), daysBlocked: Number(row.days_blocked), tenureDays: Number(row.tenure_days),
      monthlyValueCents: Number(row.monthly_cents), churned: row.churned,
    })),
  };
}

interface SnapshotParts {
  scores: ClientScore[];
  /** Settles once the studio's models, when asked for, are in. */
  metrics: Promise<StudioDayMetrics>;
}

/**
 * The clients are scored as soon as their facts are in; the studio's aggregates and the models' inputs
 * are queried meanwhile, and the metrics settle when those are in too. The facts' queries are asked
 * first, so that they take the pool's connections first: they are what the scoring waits for.
 */
async function snapshotParts(db: PulsoDb, studio: Studio, asOf: CalendarDate, withModels: boolean): Promise<SnapshotParts> {
  const factsDone = loadClientFacts(db, { studioId: studio.id, asOf, timeZone: studio.timeZone });
  const aggregatesDone = aggregates(db, studio.id, asOf);
  const modelInputsDone = withModels ? modelInputs(db, studio.id, asOf) : Promise.resolve(null);
  const actionsDone = playbookActions(db, studio, { from: addDays(asOf, 1 - playbookOutcomeWindowDays), to: asOf, outcomesUpTo: asOf });
  // Whoever awaits them sees their failure; this only keeps a failure while the facts load from going unhandled.
  Promise.all([aggregatesDone, modelInputsDone, actionsDone]).catch(() => undefined);
  const facts = await factsDone;
  const scores = scoreClients(facts, studio.settings, asOf);
  const metrics = Promise.all([aggregatesDone, modelInputsDone, actionsDone]).then(([studioAggregates, inputs, actions]) => {
    const measured = studioDayMetrics(scores, studioAggregates, studio.settings);
    const outcomes = { windowDays: playbookOutcomeWindowDays, ...playbookOutcomes(actions) };
    const dayMetrics = { ...measured, details: { ...measured.details, playbookOutcomes: outcomes } };
    if (!inputs) return dayMetrics;
    return { ...dayMetrics, details: { ...dayMetrics.details, models: studioModels({ ...inputs, medianMonthlyValueCents: medianMonthlyValue(scores) }) } };
  });
  metrics.catch(() => undefined);
  return { scores, metrics };
}

/** Computes the snapshot for `asOf` without storing it; `withModels` adds the studio's models. */
export async function computeDailySnapshot(db: PulsoDb, studio: Studio, asOf: CalendarDate, { withModels = false } = {}): Promise<DailySnapshot> {
  const { scores, metrics } = await snapshotParts(db, studio, asOf, withModels);
  return { asOf, scores, metrics: await metrics };
}

/** Computes and stores the snapshot for `asOf`, replacing that date's; the scores are written while the models compute. */
export async function runDailySnapshot(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<DailySnapshot> {
  const { scores, metrics } = await snapshotParts(db, studio, asOf, true);
  const { healthWeights, healthBands, risk } = studio.settings;
  await storeSnapshot(db, studio.id, asOf, { scores, metrics, scoringSettings: { healthWeights, healthBands, risk } });
  return { asOf, scores, metrics: await metrics };
}
