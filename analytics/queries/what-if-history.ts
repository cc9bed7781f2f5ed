/**
 * The studio's month-by-month history that the what-if model (analytics/what-if/) is fitted on, shaped
 * in SQL so that one row per month reaches TypeScript: for each of the `months` complete calendar
 * months before the month of `asOf`,
 *
 *   active at start      clients with a recurring plan (calistenia, fisioterapia, outro; not cancelled)
 *                        covering the first day of the month
 *   ended / renewed      recurring contracts ending in the month, and those followed by another recurring
 *                        contract of the client starting no later than `graceDays` after the end (as in
 *                        studio-aggregates.ts `contractEndings`)
 *   upgraded, uplift     of the renewed, those whose next plan is worth more a month (value × 30 / period),
 *                        and the sum of those monthly increases
 *   recurring revenue,   sales of recurring plans in the month and the distinct clients who paid them
 *   payers
 *   new clients          clients whose first paid recurring plan was sold in the month
 *   trials, converted    clients whose first trial class was in the month, and those who bought a paid
 *                        recurring plan within `trialWindowDays`
 *   gympass starts,      clients whose first GYMPASS membership started in the month, and those who bought
 *   converted            a paid recurring plan within `gympassWindowDays`
 *   packs and drop-ins   paid pack and drop-in sales: count and sum
 *   total revenue        every sale of the month
 *
 * Whether each month's renewal and conversion windows have closed by `asOf` is left to the fit.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { addMonths, type CalendarDate } from '../../domain/calendar-date.ts';

export interface WhatIfMonthRow {
  /** First day of the month, "YYYY-MM-01". */
  month: CalendarDate;
  activeAtStart: number;
  ended: number;
  renewed: number;
  upgraded: number;
  upliftMonthlyCents: number;
  recurringRevenueCents: number;
  payers: number;
  newClients: number;
  trials: number;
  trialsConverted: number;
  gympassStarts: number;
  gympassConverted: number;
  packsAndDropIns: number;
  packsAndDropInsCents: number;
  totalRevenueCents: number;
}

export interface WhatIfHistoryWindows {
  months: number;
  graceDays: number;
  trialWindowDays: number;
  gympassWindowDays: number;
}

const recurring = sql.raw(`('calistenia', 'fisioterapia', 'outro')`);
const startOf = (alias: string) => sql.raw(`coalesce(${alias}.starts_on, ${alias}.ends_on - coalesce(${alias}.period_days, 30) + 1)`);
const monthlyValue = (alias: string) => sql.raw(`(${alias}.value_cents * 30.0 / greatest(coalesce(${alias}.period_days, 30), 1))`);

export async function whatIfHistory(db: PulsoDb, studioId: number, asOf: CalendarDate, windows: WhatIfHistoryWindows): Promise<WhatIfMonthRow[]> {
  const { months, graceDays, trialWindowDays, gympassWindowDays } = windows;
  const thisMonth = `${asOf.slice(0, 8)}01`;
  const from = addMonths(thisMonth, -months);
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`with months as (
          select m::date as month_start, (m + interval '1 month' - interval '1 day')::date as month_end
          from generate_series(${from}::date, ${thisMonth}::date - interval '1 month', interval '1 month') as m),
        recurring_contracts as (
          select k.id, k.customer_id, ${startOf('k')} as start_on, k.ends_on, ${monthlyValue('k')} as monthly_cents
          from contracts k where k.studio_id = ${studioId} and k.plan_family in ${recurring} and k.ends_on is not null
            and k.status is distinct from 'Cancelado'),
        endings as (
          select k.ends_on, nxt.monthly_cents - k.monthly_cents as uplift, nxt.id is not null as renewed
          from recurring_contracts k
          left join lateral (
            select r.id, r.monthly_cents from recurring_contracts r
            where r.customer_id = k.customer_id and r.id <> k.id and r.ends_on > k.ends_on and r.start_on <= k.ends_on + ${graceDays}::int
            order by r.start_on limit 1) nxt on true
          where k.ends_on >= ${from} and k.ends_on < ${thisMonth}),
        paid as (
          select customer_id, sold_on, value_cents, plan_family from sales
          where studio_id = ${studioId} and value_cents > 0 and sold_on < ${thisMonth}),
        first_recurring as (
          select customer_id, min(sold_on) as first_on from paid where customer_id is not null and plan_family in ${recurring} group by customer_id),
        first_trial as (
          select customer_id, min(sold_on) as first_on from sales where studio_id = ${studioId} and customer_id is not null
            and plan_family = 'experimental' group by customer_id),
        first_gympass as (
          select customer_id, min(${startOf('g')}) as first_on from contracts g where g.studio_id = ${studioId} and g.plan_family = 'gympass'
          group by customer_id),
        converted_trials as (
          select t.customer_id, t.first_on from first_trial t where exists (
            select 1 from sales p where p.customer_id = t.customer_id and p.value_cents > 0 and p.plan_family in ${recurring}
              and p.sold_on >= t.first_on and p.sold_on <= t.first_on + ${trialWindowDays}::int)),
        converted_gympass as (
          select g.customer_id, g.first_on from first_gympass g where exists (
            select 1 from sales p where p.customer_id = g.customer_id and p.value_cents > 0 and p.plan_family in ${recurring}
              and p.sold_on >= g.first_on and p.sold_on <= g.first_on + ${gympassWindowDays}::int))
        select to_char(m.month_start, 'YYYY-MM-DD') as month,
          (select count(distinct customer_id) from recurring_contracts k where k.start_on <= m.month_start and k.ends_on >= m.month_start) as active_at_start,
          (select count(*) from endings e where e.ends_on between m.month_start and m.month_end) as ended,
          (select count(*) from endings e where e.ends_on between m.month_start and m.month_end and e.renewed) as renewed,
          (select count(*) from endings e where e.ends_on between m.month_start and m.month_end and e.uplift > 0) as upgraded,
          (select coalesce(round(sum(e.uplift)), 0) from endings e where e.ends_on between m.month_start and m.month_end and e.uplift > 0) as uplift_monthly_cents,
          (select coalesce(sum(value_cents), 0) from paid p where p.sold_on between m.month_start and m.month_end and p.plan_family in ${recurring}) as recurring_revenue_cents,
          (select count(distinct customer_id) from paid p where p.sold_on between m.month_start and m.month_end and p.plan_family in ${recurring}) as payers,
          (select count(*) from first_recurring f where f.first_on between m.month_start and m.month_end) as new_clients,
          (select count(*) from first_trial t where t.first_on between m.month_start and m.month_end) as trials,
          (select count(*) from converted_trials t where t.first_on between m.month_start and m.month_end) as trials_converted,
          (select count(*) from first_gympass g where g.first_on between m.month_start and m.month_end) as gympass_starts,
          (select count(*) from converted_gympass g where g.first_on between m.month_start and m.month_end) as gympass_converted,
          (select count(*) from paid p where p.sold_on between m.month_start and m.month_end and p.plan_family in ('pack', 'avulsa')) as packs_and_drop_ins,
          (select coalesce(sum(value_cents), 0) from paid p where p.sold_on between m.month_start and m.month_end and p.plan_family in ('pack', 'avulsa')) as packs_and_drop_ins_cents,
          (select coalesce(sum(value_cents), 0) from paid p where p.sold_on between m.month_start and m.month_end) as total_revenue_cents
        from months m order by m.month_start`,
  );
  const n = (value: string | number | null | undefined) => (value === null || value === undefined ? 0 : Number(value));
  return rows.map((row) => ({
    month: String(row.month),
    activeAtStart: n(row.active_at_start),
    ended: n(row.ended),
    renewed: n(row.renewed),
    upgraded: n(row.upgraded),
    upliftMonthlyCents: n(row.uplift_monthly_cents),
    recurringRevenueCents: n(row.recurring_revenue_cents),
    payers: n(row.payers),
    newClients: n(row.new_clients),
    trials: n(row.trials),
    trialsConverted: n(row.trials_converted),
    gympassStarts: n(row.gympass_starts),
    gympassConverted: n(row.gympass_converted),
    packsAndDropIns: n(row.packs_and_drop_ins),
    packsAndDropInsCents: n(row.packs_and_drop_ins_cents),
    totalRevenueCents: n(row.total_revenue_cents),
  }));
}

/** Clients with a recurring plan (not cancelled) covering `asOf`: where the projection starts. */
export async function activeRecurringClients(db: PulsoDb, studioId: number, asOf: CalendarDate): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`select count(distinct k.customer_id) as count from contracts k
        where k.studio_id = ${studioId} and k.plan_family in ${recurring} and k.status is distinct from 'Cancelado'
          and ${startOf('k')} <= ${asOf} and k.ends_on >= ${asOf}`,
  );
  return Number(row?.count ?? 0);
}
