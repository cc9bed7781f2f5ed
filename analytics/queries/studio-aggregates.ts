/**
 * The studio-wide sums behind the daily metrics, computed where the rows are (SQL), returning a few
 * rows each: revenue by day and month with its breakdowns, new clients, contract endings and their
 * renewals, trial and GYMPASS conversions, and the monthly revenue history for the forecast.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { addDays, addMonths, type CalendarDate } from '../../domain/calendar-date.ts';

interface Scope {
  studioId: number;
  asOf: CalendarDate;
}

const asNumber = (value: string | number | null) => (value === null ? 0 : Number(value));

/** Revenue of a date range, in total and by plan family, payment method and consultant. */
export async function revenueBreakdown(db: PulsoDb, studioId: number, from: CalendarDate, to: CalendarDate) {
  const rows = await queryRows<{ dimension: string; key: string | null; cents: string | number; receipts: string | number; payers: string | number }>(
    db,
    sql`select 'family' as dimension, plan_family as key, sum(value_cents) as cents, count(*) as receipts, count(distinct customer_id) as payers
          from sales where studio_id = ${studioId} and sold_on between ${from} and ${to} group by plan_family
        union all
        select 'method', payment_method, sum(value_cents), count(*), count(distinct customer_id)
          from sales where studio_id = ${studioId} and sold_on between ${from} and ${to} group by payment_method
        union all
        select 'consultant', consultant, sum(value_cents), count(*), count(distinct customer_id)
          from sales where studio_id = ${studioId} and sold_on between ${from} and ${to} group by consultant
        union all
        select 'total', null, coalesce(sum(value_cents), 0), count(*), count(distinct customer_id)
          from sales where studio_id = ${studioId} and sold_on between ${from} and ${to}`,
  );
  const pick = (dimension: string) =>
    rows.filter((row) => row.dimension === dimension).map((row) => ({ key: row.key ?? 'não informado', cents: asNumber(row.cents), receipts: asNumber(row.receipts) }));
  const total = rows.find((row) => row.dimension === 'total');
  return {
    totalCents: asNumber(total?.cents ?? 0),
    receipts: asNumber(total?.receipts ?? 0),
    payingCustomers: asNumber(total?.payers ?? 0),
    byFamily: pick('family'),
    byPaymentMethod: pick('method'),
    byConsultant: pick('consultant'),
  };
}

/** Revenue per calendar month, oldest first, for the forecast (months with no sale are 0). */
export async function monthlyRevenue(db: PulsoDb, { studioId, asOf }: Scope) {
  const rows = await queryRows<{ month: string; cents: string | number }>(
    db,
    // Summed by day first: to_char on each of millions of receipts cost more than the sums.
    sql`select to_char(sold_on, 'YYYY-MM') as month, sum(cents) as cents from (
          select sold_on, sum(value_cents) as cents from sales where studio_id = ${studioId} and sold_on <= ${asOf} group by sold_on) days
        group by 1 order by 1`,
  );
  return rows.map((row) => ({ month: row.month, revenueCents: asNumber(row.cents) }));
}

/** Revenue per day over the last `days` days, oldest first, zeros included. */
export async function dailyRevenue(db: PulsoDb, { studioId, asOf }: Scope, days: number) {
  const from = addDays(asOf, -(days - 1));
  const rows = await queryRows<{ day: string; cents: string | number }>(
    db,
    sql`with revenue as (
          select sold_on, sum(value_cents) as cents from sales
          where studio_id = ${studioId} and sold_on between ${from} and ${asOf} group by sold_on)
        select to_char(day, 'YYYY-MM-DD') as day, coalesce(r.cents, 0) as cents
        from generate_series(${from}::date, ${asOf}::date, interval '1 day') as day
        left join revenue r on r.sold_on = day::date
        order by day`,
  );
  return rows.map((row) => ({ date: row.day, revenueCents: asNumber(row.cents) }));
}

/** Clients whose first paid plan (not a trial class) was bought on `asOf`: that day's buyers with no paid plan before it. */
export async function newCustomers(db: PulsoDb, { studioId, asOf }: Scope): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`select count(distinct s.customer_id) as count from sales s
        where s.studio_id = ${studioId} and s.sold_on = ${asOf} and s.customer_id is not null and s.value_cents > 0
          and coalesce(s.plan_family, '') not in ('experimental', 'avulsa')
          and not exists (select 1 from sales p where p.customer_id = s.customer_id and p.sold_on < ${asOf} and p.value_cents > 0
                          and coalesce(p.plan_family, '') not in ('experimental', 'avulsa'))`,
  );
  return asNumber(row?.count ?? 0);
}

/**
 * Recurring contracts that ended in the twelve months before `asOf − grace` (so that their renewal
 * window has closed), and how many were renewed: another recurring contract of the same client
 * starting no later than `grace` days after the end. By plan family.
 */
export async function contractEndings(db: PulsoDb, { studioId, asOf }: Scope, graceDays: number) {
  const to = addDays(asOf, -graceDays);
  const from = addMonths(to, -12);
  const rows = await queryRows<{ family: string; ended: string | number; renewed: string | number }>(
    db,
    sql`select k.plan_family as family, count(*) as ended,
               count(*) filter (where exists (
                 select 1 from contracts r where r.customer_id = k.customer_id and r.id <> k.id
                   and r.plan_family in ('calistenia', 'fisioterapia', 'outro')
                   and r.ends_on > k.ends_on and coalesce(r.starts_on, r.ends_on) <= k.ends_on + ${graceDays}::int)) as renewed
        from contracts k
        where k.studio_id = ${studioId} and k.plan_family in ('calistenia', 'fisioterapia', 'outro')
          and k.ends_on > ${from} and k.ends_on <= ${to} and k.status is distinct from 'Cancelado'
        group by k.plan_family`,
  );
  return rows.map((row) => ({ family: row.family, ended: asNumber(row.ended), renewed: asNumber(row.renewed) }));
}

/**
 * Conversions of a starting event into a paid plan within `windowDays`, for starts between
 * `asOf − windowDays − lookbackDays` and `asOf − windowDays` (every start has had its full window):
 * trial class → paid plan, and GYMPASS membership → direct plan.
 */
export async function conversions(db: PulsoDb, { studioId, asOf }: Scope, kind: 'trial' | 'gympass', windowDays: number, lookbackDays: number) {
  const to = addDays(asOf, -windowDays);
  const from = addDays(to, -lookbackDays);
  const starts =
    kind === 'trial'
      ? sql`select customer_id, min(sold_on) as started_on from sales where studio_id = ${studioId} and plan_family = 'experimental'
              and customer_id is not null and sold_on > ${from} and sold_on <= ${to} group by customer_id`
      : sql`select customer_id, min(coalesce(starts_on, ends_on - 29)) as started_on from contracts where studio_id = ${studioId}
              and plan_family = 'gympass' group by customer_id having min(coalesce(starts_on, ends_on - 29)) > ${from}
              and min(coalesce(starts_on, ends_on - 29)) <= ${to}`;
  const [row] = await queryRows<{ started: string | number; converted: string | number }>(
    db,
    sql`with starts as (${starts})
        select count(*) as started,
               count(*) filter (where exists (
                 select 1 from sales p where p.customer_id = starts.customer_id and p.value_cents > 0
                   and p.plan_family in ('calistenia', 'fisioterapia', 'pack', 'outro')
                   and p.sold_on >= starts.started_on and p.sold_on <= starts.started_on + ${windowDays}::int)) as converted
        from starts`,
  );
  return { started: asNumber(row?.started ?? 0), converted: asNumber(row?.converted ?? 0), windowDays, from, to };
}
