/**
 * Checks past what-if predictions against what happened: every logged prediction whose month has ended
 * before `asOf` gets that month's actual revenue recorded (once), and the report gives the error of all
 * evaluated predictions (prediction-error.ts: MAPE and direction). `evaluatedAt` is the instant to
 * record, passed in: analytics reads no clock.
 */
import type { PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { evaluatedPredictions, predictionsDue, recordActualRevenue } from '../queries/what-if-scenarios.ts';
import { predictionErrors, type PredictionErrors } from './prediction-error.ts';

export async function evaluatePredictions(db: PulsoDb, studioId: number, asOf: CalendarDate, evaluatedAt: Date): Promise<PredictionErrors & { newlyEvaluated: number }> {
  const due = await predictionsDue(db, studioId, asOf);
  for (const { row, actualRevenueCents } of due) await recordActualRevenue(db, row.id, actualRevenueCents, evaluatedAt);
  const evaluated = await evaluatedPredictions(db, studioId);
  const errors = predictionErrors(
    evaluated.map((row) => ({
      id: row.id,
      predictedCents: row.predictedRevenueCents ?? 0,
      actualCents: row.actualRevenueCents!,
      referenceCents: Number((row.result as { lastMonthRevenueCents?: number }).lastMonthRevenueCents ?? 0),
    })),
  );
  return { ...errors, newlyEvaluated: due.length };
}
