/**
 * What the client card and the renewal list show beyond the scores, for a few clients at a time: the
 * current plan and its end (chosen as the scoring chooses it: the latest recurring contract started by
 * `asOf`), the last payment, and the latest attendance report's counts.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';

export interface ClientDetails {
  planName: string | null;
  contractEndsOn: CalendarDate | null;
  lastPaymentOn: CalendarDate | null;
  attendance: { periodStart: CalendarDate; periodEnd: CalendarDate; presences: number; absences: number } | null;
}

export async function clientDetails(db: PulsoDb, studioId: number, customerIds: readonly number[], asOf: CalendarDate): Promise<Map<number, ClientDetails>> {
  if (customerIds.length === 0) return new Map();
  const ids = sql`(${sql.join(customerIds.map((id) => sql`${id}`), sql`, `)})`;
  const rows = await queryRows<{
    customer_id: number; plan_name: string | null; ends_on: string | null; last_payment_on: string | null;
    period_start: string | null; period_end: string | null; presences: number | null; absences: number | null;
  }>(
    db,
    sql`select c.id as customer_id, k.plan_name, to_char(k.ends_on, 'YYYY-MM-DD') as ends_on,
               (select to_char(max(s.sold_on), 'YYYY-MM-DD') from sales s where s.customer_id = c.id and s.value_cents > 0 and s.sold_on <= ${asOf}) as last_payment_on,
               to_char(a.period_start, 'YYYY-MM-DD') as period_start, to_char(a.period_end, 'YYYY-MM-DD') as period_end, a.presences, a.absences
        from customers c
        left join lateral (
          select plan_name, ends_on from contracts
          where customer_id = c.id and plan_family not in ('experimental', 'avulsa')
            and coalesce(starts_on, ends_on - coalesce(period_days, 30) + 1) <= ${asOf}
          order by ends_on desc nulls last, id desc limit 1) k on true
        left join lateral (
          select period_start, period_end, presences, absences from attendance
          where customer_id = c.id and period_end <= ${asOf} order by period_end desc limit 1) a on true
        where c.studio_id = ${studioId} and c.id in ${ids}`,
  );
  return new Map(
    rows.map((row) => [
      row.customer_id,
      {
        planName: row.plan_name,
        contractEndsOn: row.ends_on,
        lastPaymentOn: row.last_payment_on,
        attendance: row.period_start && row.period_end ? { periodStart: row.period_start, periodEnd: row.period_end, presences: row.presences ?? 0, absences: row.absences ?? 0 } : null,
      },
    ]),
  );
}
