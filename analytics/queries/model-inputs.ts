/**
 * The inputs of the studio's models, shaped in SQL so that only a few numbers per client reach
 * TypeScript: each client's first paid month and which milestone months (1, 3, 6, 12 after it) it was
 * active in; each client's tenure (first plan start to churn, or censored at as-of) and first plan
 * family; last visit or payment, visits and payments of the last twelve months (RFM); data-quality
 * counts; and how many months of snapshots exist (for the churn model's readiness).
 * A recurring plan is calistenia, fisioterapia or outro; a client has churned once `graceDays` have
 * passed after the end of its last such plan.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { addMonths, type CalendarDate } from '../../domain/calendar-date.ts';

interface Scope {
  studioId: number;
  asOf: CalendarDate;
}

const recurring = sql.raw(`('calistenia', 'fisioterapia', 'outro')`);
const startOf = (alias: string) => sql.raw(`coalesce(${alias}.starts_on, ${alias}.ends_on - coalesce(${alias}.period_days, 30) + 1)`);

export async function cohortMembers(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ code: string; first_paid_month: string; active_months: string[] | null }>(
    db,
    sql`with first_paid as (
          select k.customer_id, date_trunc('month', min(${startOf('k')}))::date as first_month
          from contracts k where k.studio_id = ${studioId} and k.plan_family in ${recurring} and ${startOf('k')} <= ${asOf}
          group by k.customer_id),
        milestones as (
          select f.customer_id, (f.first_month + make_interval(months => m))::date as month_start
          from first_paid f cross join unnest(array[1, 3, 6, 12]) as m),
        active as (
          select distinct ms.customer_id, ms.month_start from milestones ms
          join contracts k on k.customer_id = ms.customer_id and k.plan_family in ${recurring}
           and ${startOf('k')} <= (ms.month_start + interval '1 month - 1 day')::date and k.ends_on >= ms.month_start)
        select c.code, to_char(f.first_month, 'YYYY-MM') as first_paid_month,
               array_agg(to_char(a.month_start, 'YYYY-MM') order by a.month_start) filter (where a.month_start is not null) as active_months
        from first_paid f join customers c on c.id = f.customer_id left join active a on a.customer_id = f.customer_id
        group by c.code, f.first_month`,
  );
}

export async function tenures(db: PulsoDb, { studioId, asOf }: Scope, graceDays: number) {
  return queryRows<{ family: string; duration_days: number; observed_days: number; ended: boolean }>(
    db,
    sql`with spans as (
          select k.customer_id, min(${startOf('k')}) as first_start, max(k.ends_on) as last_end,
                 (array_agg(k.plan_family order by ${startOf('k')}))[1] as family
          from contracts k where k.studio_id = ${studioId} and k.plan_family in ${recurring} and ${startOf('k')} <= ${asOf}
          group by k.customer_id)
        select family,
               case when last_end + ${graceDays}::int <= ${asOf} then last_end - first_start + 1 else ${asOf}::date - first_start + 1 end as duration_days,
               ${asOf}::date - first_start + 1 as observed_days,
               last_end + ${graceDays}::int <= ${asOf} as ended
        from spans`,
  );
}

export async function rfmInputs(db: PulsoDb, { studioId, asOf }: Scope) {
  const from = addMonths(asOf, -12);
  return queryRows<{ code: string; last_on: string | null; visits: string | number; payments_cents: string | number }>(
    db,
    sql`with payments as (
          select customer_id, max(sold_on) as last_paid, sum(value_cents) as cents from sales
          where studio_id = ${studioId} and customer_id is not null and sold_on > ${from} and sold_on <= ${asOf} and value_cents > 0
          group by customer_id),
        visits as (
          select customer_id, sum(presences) as presences, max(period_end) filter (where presences > 0) as last_visit from attendance
          where studio_id = ${studioId} and customer_id is not null and period_end > ${from} and period_end <= ${asOf}
          group by customer_id)
        select c.code, to_char(greatest(p.last_paid, v.last_visit), 'YYYY-MM-DD') as last_on,
               coalesce(v.presences, 0) as visits, coalesce(p.cents, 0) as payments_cents
        from customers c left join payments p on p.customer_id = c.id left join visits v on v.customer_id = c.id
        where c.studio_id = ${studioId} and c.erased_at is null and (p.customer_id is not null or v.customer_id is not null)`,
  );
}

export async function dataQuality(db: PulsoDb, { studioId, asOf }: Scope) {
  const [row] = await queryRows<Record<string, string | number>>(
    db,
    sql`select
          (select count(*) from customers where studio_id = ${studioId} and erased_at is null and email_valid = false) as "invalidEmails",
          (select count(*) from customers where studio_id = ${studioId} and erased_at is null and contacts_raw is not null and phone is null) as "invalidPhones",
          (select count(*) from (select normalized_name from customers where studio_id = ${studioId} and erased_at is null and normalized_name is not null
                                  group by normalized_name having count(*) > 1) names) as "duplicateNames",
          (select count(*) from attendance a where a.studio_id = ${studioId} and a.match = 'unmatched'
             and a.period_end = (select max(period_end) from attendance where studio_id = ${studioId} and period_end <= ${asOf})) as "unmatchedNames",
          (select count(*) from attendance a where a.studio_id = ${studioId} and a.match = 'ambiguous'
             and a.period_end = (select max(period_end) from attendance where studio_id = ${studioId} and period_end <= ${asOf})) as "ambiguousNames"`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

export async function snapshotMonths(db: PulsoDb, { studioId, asOf }: Scope): Promise<number> {
  const [row] = await queryRows<{ months: string | number }>(
    db,
    sql`select count(distinct date_trunc('month', snapshot_on)) as months from contract_snapshots where studio_id = ${studioId} and snapshot_on <= ${asOf}`,
  );
  return Number(row?.months ?? 0);
}

/**
 * The churn model's examples: recurring contracts that ended in the last eighteen months and whose
 * renewal window (`graceDays`) has closed, with what was known at their end: the usage pace at the last
 * balance on or before the end, days blocked then, tenure, monthly value; and whether they churned
 * (no recurring contract of the same client starting by `graceDays` after the end). Only contracts
 * with a balance snapshot qualify: without one, the pace at the end is not known.
 */
export async function churnExamples(db: PulsoDb, { studioId, asOf }: Scope, graceDays: number) {
  return queryRows<{ ended_on: string; pace: number; days_blocked: number; tenure_days: number; monthly_cents: string | number; churned: boolean }>(
    db,
    sql`with ended as (
          select k.id, k.customer_id, k.ends_on, k.period_days, k.value_cents, ${startOf('k')} as start_on
          from contracts k
          where k.studio_id = ${studioId} and k.plan_family in ${recurring} and k.value_cents is not null
            and k.ends_on + ${graceDays}::int <= ${asOf} and k.ends_on > (${asOf}::date - interval '18 months')::date),
        balance as (
          select distinct on (s.contract_id) s.contract_id, s.snapshot_on, s.total_contracted, s.total_used
          from contract_snapshots s join ended e on e.id = s.contract_id
          where s.snapshot_on <= e.ends_on and s.total_contracted > 0 and s.total_used is not null
          order by s.contract_id, s.snapshot_on desc)
        select to_char(e.ends_on, 'YYYY-MM-DD') as ended_on,
               b.total_used::float8 / (b.total_contracted::float8 * greatest(1, b.snapshot_on - e.start_on + 1) / greatest(1, e.ends_on - e.start_on + 1)) as pace,
               coalesce((select bl.snapshot_on - bl.blocked_on from blocks bl
                          where bl.customer_id = e.customer_id and bl.blocked_on is not null and bl.snapshot_on <= e.ends_on
                            and bl.snapshot_on > e.ends_on - 14 order by bl.snapshot_on desc limit 1), 0) as days_blocked,
               e.ends_on - c.customer_since as tenure_days,
               e.value_cents * 30 / coalesce(e.period_days, 30) as monthly_cents,
               not exists (select 1 from contracts r where r.customer_id = e.customer_id and r.id <> e.id and r.plan_family in ${recurring}
                             and r.ends_on > e.ends_on and coalesce(r.starts_on, r.ends_on) <= e.ends_on + ${graceDays}::int) as churned
        from ended e join balance b on b.contract_id = e.id join customers c on c.id = e.customer_id
        where c.customer_since is not null`,
  );
}
