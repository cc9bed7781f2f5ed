/**
 * The daily snapshot when it is needed and stale: the day was never scored, or an import finished after
 * it was. The scheduler calls it at 05:00, after every import, and before any alert reads the day, so
 * a studio that imports at 07:30 gets an 08:00 alert from that import.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { runDailySnapshot } from './daily-snapshot.ts';

/** Whether it scored the day now (true) or found it already fresh (false); false too with no imports. */
export async function ensureFreshSnapshot(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<boolean> {
  const [state] = await queryRows<{ imported: boolean; stale: boolean }>(
    db,
    sql`select exists (select 1 from imports where studio_id = ${studio.id} and finished_at is not null) as imported,
               coalesce((select m.computed_at < (select max(finished_at) from imports where studio_id = ${studio.id})
                         from studio_metrics m where m.studio_id = ${studio.id} and m.metric_on = ${asOf}), true) as stale`,
  );
  if (!state?.imported || !state.stale) return false;
  await runDailySnapshot(db, studio, asOf);
  return true;
}
