/**
 * The day's snapshot as the bot reads it, computed once and kept until the data behind it changes:
 * a new import, a stored snapshot for that day, or a new action (an outcome moves a client to
 * "em acompanhamento"). The version check is three indexed lookups, so a question costs milliseconds
 * instead of a scoring run.
 */
import { sql } from 'drizzle-orm';
import { computeDailySnapshot, type DailySnapshot } from '../analytics/daily-snapshot.ts';
import { queryRows, type PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';

export interface SnapshotCache {
  get(asOf: CalendarDate): Promise<DailySnapshot>;
}

const keptDays = 3;

export function snapshotCache(db: PulsoDb, studio: Studio): SnapshotCache {
  const cached = new Map<CalendarDate, { version: string; snapshot: Promise<DailySnapshot> }>();
  async function version(asOf: CalendarDate): Promise<string> {
    const [row] = await queryRows<{ version: string }>(
      db,
      sql`select concat_ws(':',
            (select max(id) from imports where studio_id = ${studio.id}),
            (select extract(epoch from computed_at) from studio_metrics where studio_id = ${studio.id} and metric_on = ${asOf}),
            (select max(id) from actions where studio_id = ${studio.id})) as version`,
    );
    return row?.version ?? '';
  }
  return {
    async get(asOf) {
      const current = await version(asOf);
      const entry = cached.get(asOf);
      if (entry && entry.version === current) return entry.snapshot;
      const snapshot = computeDailySnapshot(db, studio, asOf);
      cached.set(asOf, { version: current, snapshot });
      snapshot.catch(() => cached.delete(asOf));
      for (const day of [...cached.keys()].sort().slice(0, Math.max(0, cached.size - keptDays))) cached.delete(day);
      return snapshot;
    },
  };
}
