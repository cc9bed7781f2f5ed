/**
 * The what-if log (db/schema/what-if.ts): each prediction stored with its input and answer, the
 * studio's saved scenarios, and, once a predicted month has passed, its actual revenue (the sum of that
 * month's sales) recorded beside it.
 */
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { whatIfScenarios, type whatIfKinds } from '../../db/schema/index.ts';
import { addMonths, type CalendarDate } from '../../domain/calendar-date.ts';

export interface ScenarioToLog {
  studioId: number;
  staffId: number | null;
  kind: (typeof whatIfKinds)[number];
  name?: string | null;
  question: string | null;
  asOf: CalendarDate;
  input: Record<string, unknown>;
  result: Record<string, unknown>;
  predictedMonth: CalendarDate;
  predictedRevenueCents: number;
}

export async function logScenario(db: PulsoDb, scenario: ScenarioToLog): Promise<number> {
  const [row] = await db.insert(whatIfScenarios).values({ ...scenario, name: scenario.name ?? null }).returning({ id: whatIfScenarios.id });
  return row!.id;
}

/** The studio's logged scenarios, newest first. */
export async function listScenarios(db: PulsoDb, studioId: number, limit = 50) {
  return db.select().from(whatIfScenarios).where(eq(whatIfScenarios.studioId, studioId)).orderBy(desc(whatIfScenarios.id)).limit(limit);
}

/** Predictions whose month ended before `asOf` and whose actual revenue is not recorded yet, with that month's sales. */
export async function predictionsDue(db: PulsoDb, studioId: number, asOf: CalendarDate) {
  const firstOfThisMonth = `${asOf.slice(0, 8)}01`;
  const due = await db
    .select()
    .from(whatIfScenarios)
    .where(and(eq(whatIfScenarios.studioId, studioId), isNull(whatIfScenarios.actualRevenueCents), lt(whatIfScenarios.predictedMonth, firstOfThisMonth)))
    .orderBy(whatIfScenarios.id);
  const months = [...new Set(due.map((row) => row.predictedMonth!))];
  const actual = new Map<string, number>();
  for (const month of months) {
    const [row] = await queryRows<{ cents: string | number }>(
      db,
      sql`select coalesce(sum(value_cents), 0) as cents from sales where studio_id = ${studioId} and sold_on >= ${month} and sold_on < ${addMonths(month, 1)}`,
    );
    actual.set(month, Number(row?.cents ?? 0));
  }
  return due.map((row) => ({ row, actualRevenueCents: actual.get(row.predictedMonth!)! }));
}

export async function recordActualRevenue(db: PulsoDb, id: number, actualRevenueCents: number, evaluatedAt: Date): Promise<void> {
  await db.update(whatIfScenarios).set({ actualRevenueCents, evaluatedAt }).where(eq(whatIfScenarios.id, id));
}

/** Predictions already evaluated, oldest first. */
export async function evaluatedPredictions(db: PulsoDb, studioId: number) {
  return db
    .select()
    .from(whatIfScenarios)
    .where(and(eq(whatIfScenarios.studioId, studioId), sql`${whatIfScenarios.actualRevenueCents} is not null`))
    .orderBy(whatIfScenarios.id);
}
