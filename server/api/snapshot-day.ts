/**
 * Which stored daily snapshot a request reads: the `asOf` asked for, or the latest day scored. The
 * API shows what `pulso score` stored (studio_metrics, customer_scores) and never computes numbers
 * another way; a day never scored is a 404 that says how to score it.
 */
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { computeDailySnapshot } from '../../analytics/daily-snapshot.ts';
import { loadStoredDay } from '../../analytics/queries/stored-scores.ts';
import { explainScore, type ClientScore } from '../../analytics/score-clients.ts';
import type { PulsoDb } from '../../db/database.ts';
import { studioMetrics } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { formatDate } from '../../domain/brazilian-format.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { ApiError } from './api-error.ts';
import { apiText } from './api-text.ts';

export const dayQuery = z.object({ asOf: z.iso.date().optional().describe('data do retrato (AAAA-MM-DD); padrão: o último dia calculado') });

export type StoredMetrics = typeof studioMetrics.$inferSelect;

export async function storedMetrics(db: PulsoDb, studioId: number, asOf: CalendarDate | undefined): Promise<StoredMetrics> {
  const [row] = await db
    .select()
    .from(studioMetrics)
    .where(asOf ? and(eq(studioMetrics.studioId, studioId), eq(studioMetrics.metricOn, asOf)) : eq(studioMetrics.studioId, studioId))
    .orderBy(desc(studioMetrics.metricOn))
    .limit(1);
  if (row) return row;
  throw new ApiError(404, asOf ? apiText('no-snapshot-on', { date: formatDate(asOf), isoDate: asOf }) : apiText('no-snapshot'));
}

/** A detail of the day's metrics (details.models.forecast...), or 404 when that day does not have it. */
export function metricDetail(metrics: StoredMetrics, path: readonly string[]): unknown {
  let value: unknown = metrics.details;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (value === undefined || value === null) throw new ApiError(404, apiText('model-unavailable', { date: formatDate(metrics.metricOn) }));
  return value;
}

/** Every client's score of a stored day, explained again with the settings the day was scored with. */
export async function dayScores(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<ClientScore[]> {
  const stored = await loadStoredDay(db, studio.id, asOf);
  if (!stored) return (await computeDailySnapshot(db, studio, asOf)).scores;
  return stored.scores.map((score) => explainScore(score, stored.medianMonthlyValueCents, stored.scoringSettings));
}
