/**
 * The day's snapshot as the bot reads it, computed once and kept until the data behind it changes:
 * a new import, a stored snapshot for that day, or a new action (an outcome moves a client to
 * "em acompanhamento"). The version check is three indexed lookups, so a question costs milliseconds
 * instead of a scoring run; questions asked at the same moment share one check, sent after all of them
 * arrived (`groupCalls`), so none can miss a change made before it was asked.
 */
import { sql, type SQL } from 'drizzle-orm';
import { computeDailySnapshot, type DailySnapshot } from '../analytics/daily-snapshot.ts';
import { queryRows, type PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { groupCalls } from './group-calls.ts';

export interface SnapshotCache {
  /**
   * The snapshot of a day. `version`, when given, is `snapshotVersion` read after the message asking
   * arrived (the router reads it with the sender, `receive.ts`), and spares the check.
   */
  get(asOf: CalendarDate, version?: string): Promise<DailySnapshot>;
}

/** What the day's snapshot depends on, as one text: the last import, the stored snapshot, the last action. */
export function snapshotVersion(studio: Studio, asOf: SQL): SQL {
  return sql`concat_ws(':',
            (select max(id) from imports where studio_id = ${studio.id}),
            (select extract(epoch from computed_at) from studio_metrics where studio_id = ${studio.id} and metric_on = ${asOf}),
            (select max(id) from actions where studio_id = ${studio.id}))`;
}

const keptDays = 3;

export function snapshotCache(db: PulsoDb, studio: Studio): SnapshotCache {
  const cached = new Map<CalendarDate, { version: string; snapshot: Promise<DailySnapshot> }>();
  async function readVersion(asOf: CalendarDate): Promise<string> {
    const [row] = await queryRows<{ version: string }>(
      db,
      sql`select ${snapshotVersion(studio, sql`${asOf}::date`)} as version`,
    );
    return row?.version ?? '';
  }
  const checks = new Map<CalendarDate, (asOf: CalendarDate) => Promise<string>>();
  function version(asOf: CalendarDate): Promise<string> {
    let check = checks.get(asOf);
    if (!check) {
      check = groupCalls<CalendarDate, string>(async (days) => {
        const current = await readVersion(asOf);
        return days.map(() => ({ status: 'fulfilled', value: current }));
      });
      checks.set(asOf, check);
      for (const day of [...checks.keys()].sort().slice(0, Math.max(0, checks.size - keptDays))) checks.delete(day);
    }
    return check(asOf);
  }
  return {
    async get(asOf, known) {
      const current = known ?? (await version(asOf));
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
