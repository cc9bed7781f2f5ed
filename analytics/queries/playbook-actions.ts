/**
 * The playbook actions on clients taken from `from` to `to` (the action's day in the studio's time
 * zone), as playbook-outcomes.ts reads them. An outcome recorded after `outcomesUpTo` is not known yet
 * as of that day, so it is read as none: a briefing of a past date says what was known then.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { PlaybookAction } from '../metrics/playbook-outcomes.ts';

export async function playbookActions(
  db: PulsoDb,
  studio: { id: number; timeZone: string },
  { from, to, outcomesUpTo }: { from: CalendarDate; to: CalendarDate; outcomesUpTo: CalendarDate },
): Promise<PlaybookAction[]> {
  const zone = studio.timeZone;
  const rows = await queryRows<{ playbook: string; customer_id: number; outcome: PlaybookAction['outcome']; revenue_kept_cents: string | number | null }>(
    db,
    sql`select playbook, customer_id, known.outcome, case when known.outcome is null then null else revenue_kept_cents end as revenue_kept_cents
        from actions cross join lateral (
          select case when (coalesce(outcome_at, acted_at) at time zone ${zone})::date <= ${outcomesUpTo} then outcome end as outcome) known
        where studio_id = ${studio.id} and customer_id is not null and playbook is not null
          and acted_at >= ${from}::date::timestamp at time zone ${zone} and acted_at < (${to}::date + 1)::timestamp at time zone ${zone}
        order by id`,
  );
  return rows.map((row) => ({
    playbook: row.playbook,
    customerId: row.customer_id,
    outcome: row.outcome,
    revenueKeptCents: row.revenue_kept_cents === null ? null : Number(row.revenue_kept_cents),
  }));
}
