/**
 * The few numbers the owner's briefing needs beyond the daily snapshot, computed where the rows are:
 * new leads and conversions of one day, revenue by plan for a period, and the headline counts stored
 * for an earlier date (to compare today's with a week ago).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';

const asNumber = (value: string | number | null | undefined) => (value === null || value === undefined ? 0 : Number(value));

/** Leads that reached the studio on `day`: by the export's prospect date, else by their first message. */
export async function newLeadsOn(db: PulsoDb, studioId: number, day: CalendarDate, timeZone: string): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`select count(*) as count from leads
        where studio_id = ${studioId} and erased_at is null
          and coalesce(prospect_on, (created_at at time zone ${timeZone})::date) = ${day}`,
  );
  return asNumber(row?.count);
}

/**
 * Conversions on `day`: clients whose first paid plan (not a trial class, not a single class, not
 * GYMPASS) was sold that day after a trial class or GYMPASS visits, i.e. a lead or GYMPASS member
 * who became a paying client.
 */
export async function conversionsOn(db: PulsoDb, studioId: number, day: CalendarDate): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`with first_paid as (
          select customer_id, min(sold_on) as first_on from sales
          where studio_id = ${studioId} and customer_id is not null and value_cents > 0
            and coalesce(plan_family, '') not in ('experimental', 'avulsa', 'gympass')
          group by customer_id)
        select count(*) as count from first_paid f
        where f.first_on = ${day}
          and (exists (select 1 from sales s where s.customer_id = f.customer_id and s.plan_family = 'experimental' and s.sold_on <= ${day})
            or exists (select 1 from contracts c where c.customer_id = f.customer_id and c.plan_family = 'gympass'))`,
  );
  return asNumber(row?.count);
}

/** Revenue of a period by the plan sold (the sale's description). */
export async function revenueByPlan(db: PulsoDb, studioId: number, from: CalendarDate, to: CalendarDate) {
  const rows = await queryRows<{ key: string | null; cents: string | number }>(
    db,
    sql`select description as key, sum(value_cents) as cents from sales
        where studio_id = ${studioId} and sold_on between ${from} and ${to} group by description`,
  );
  return rows.map((row) => ({ key: row.key ?? 'não informado', cents: asNumber(row.cents) }));
}

/** The headline counts stored with the snapshot of `day`, or null when that day was not scored. */
export async function storedHeadline(db: PulsoDb, studioId: number, day: CalendarDate) {
  const [row] = await queryRows<{ active: number; blocked: number; mrr: string | number }>(
    db,
    sql`select active_customers as active, blocked_customers as blocked, active_mrr_cents as mrr
        from studio_metrics where studio_id = ${studioId} and metric_on = ${day}`,
  );
  return row ? { activeCustomers: Number(row.active), blockedCustomers: Number(row.blocked), activeMrrCents: asNumber(row.mrr) } : null;
}
