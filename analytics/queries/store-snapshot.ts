/**
 * Writes a day's snapshot: the clients' scores and the studio's metrics for that date replace whatever
 * was stored for it, in one transaction, so re-running a day never duplicates and a crash never leaves
 * half a day. The metrics may still be computing (the models are the slowest part): the scores are
 * written meanwhile, and the transaction ends once the metrics are in.
 */
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { customerScores, studioMetrics } from '../../db/schema/index.ts';
import type { ScoringSettings } from '../../db/studio-settings.ts';
import { chunks, insertFromArrays } from '../../db/unnest-rows.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ClientScore } from '../score-clients.ts';
import type { StudioDayMetrics } from '../studio-day-metrics.ts';

export interface SnapshotToStore {
  scores: ClientScore[];
  metrics: Promise<StudioDayMetrics>;
  scoringSettings: ScoringSettings;
}

function scoreRow(studioId: number, asOf: CalendarDate, score: ClientScore): typeof customerScores.$inferInsert {
  const { signals, attendance } = score;
  return {
    studioId,
    customerId: score.customerId,
    scoredOn: asOf,
    status: score.status,
    inBase: score.inBase,
    health: score.health,
    healthBand: score.healthBand,
    risk: score.risk,
    riskCategory: score.riskCategory,
    playbook: score.playbook,
    monthlyValueCents: score.monthlyValueCents,
    lastContactedOn: score.lastContactedOn,
    blocked: signals.blocked,
    blockedDays: signals.blockedDays,
    overdueCents: signals.overdueCents,
    daysToExpiry: signals.daysToExpiry,
    renewed: signals.renewed,
    pace: signals.pace?.pace ?? null,
    paceUsed: signals.pace?.used ?? null,
    paceExpected: signals.pace?.expected ?? null,
    daysSincePayment: signals.daysSincePayment,
    billingCycleDays: signals.billingCycleDays,
    daysWithoutAttendance: signals.daysWithoutAttendance,
    acceptancePendingDays: signals.acceptancePendingDays,
    tenureDays: signals.tenureDays,
    presences: attendance?.presences ?? null,
    absences: attendance?.absences ?? null,
  };
}

export async function storeSnapshot(db: PulsoDb, studioId: number, asOf: CalendarDate, { scores, metrics, scoringSettings }: SnapshotToStore): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(customerScores).where(and(eq(customerScores.studioId, studioId), eq(customerScores.scoredOn, asOf)));
    await tx.delete(studioMetrics).where(and(eq(studioMetrics.studioId, studioId), eq(studioMetrics.metricOn, asOf)));
    for (const chunk of chunks(scores)) await tx.execute(insertFromArrays(customerScores, chunk.map((score) => scoreRow(studioId, asOf, score))));
    const { details, ...headline } = await metrics;
    await tx.insert(studioMetrics).values({ studioId, metricOn: asOf, ...headline, details, scoringSettings });
  });
}
