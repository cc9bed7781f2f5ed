/**
 * Messages that went dead on a day: every attempt failed, and nobody will try again unless a person
 * looks. The owner's briefing says how many, so a broken channel does not fail in silence.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';

export async function undeliveredMessagesOn(db: PulsoDb, studio: { id: number; timeZone: string }, day: CalendarDate): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from outbox
        where studio_id = ${studio.id} and status = 'dead' and (last_attempt_at at time zone ${studio.timeZone})::date = ${day}`,
  );
  return row?.count ?? 0;
}
