/**
 * Writes a day's snapshot: the clients' scores and the studio's metrics for that date replace whatever
 * was stored for it, in one transaction, so re-running a day never duplicates and a crash never leaves
 * half a day.
 */
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { customerScores, studioMetrics } from '../../db/schema/index.ts';
import { chunks, insertFromArrays } from '../../db/unnest-rows.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ClientScore } from '../score-clients.ts';
import type { StudioDayMetrics } from '../studio-day-metrics.ts';

export async function storeSnapshot(db: PulsoDb, studioId: number, asOf: CalendarDate, scores: ClientScore[], metrics: StudioDayMetrics): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(customerScores).where(and(eq(customerScores.studioId, studioId), eq(customerScores.scoredOn, asOf)));
    await tx.delete(studioMetrics).where(and(eq(studioMetrics.studioId, studioId), eq(studioMetrics.metricOn, asOf)));
    const rows = scores.map((score) => ({
      studioId,
      customerId: score.customerId,
      scoredOn: asOf,
      health: score.health,
      healthBand: score.healthBand,
      healthComponents: score.healthComponents,
      risk: score.risk,
      riskCategory: score.riskCategory,
      riskPoints: score.riskPoints,
      playbook: score.playbook,
      monthlyValueCents: score.monthlyValueCents,
    }));
    for (const chunk of chunks(rows)) await tx.execute(insertFromArrays(customerScores, chunk));
    const { details, ...headline } = metrics;
    await tx.insert(studioMetrics).values({ studioId, metricOn: asOf, ...headline, details });
  });
}
