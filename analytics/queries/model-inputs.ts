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

/**
 * One pass over the recurring contracts: each client's first paid month (of plans started by as-of),
 * then, per milestone month, whether any recurring contract of the client (later ones included)
 * overlaps it.
 */
export async function cohortMembers(db: PulsoDb, { studioId, asOf }: Scope) {
  const milestone = (months: number) =>
    sql.raw(`bool_or(start_on <= (first_month + interval '${months + 1} months - 1 day')::date and ends_on >= (first_month + interval '${months} months')::date)`);
  const activeMonth = (column: string, months: number) => sql.raw(`case when ${column} then to_char(m.first_month + interval '${months} months', 'YYYY-MM') end`);
  return queryRows<{ code: string; first_paid_month: string; active_months: string[] }>(
    db,
    sql`with spans as (
          select k.customer_id, ${startOf('k')} as start_on, k.ends_on,
                 date_trunc('month', min(${startOf('k')}) filter (where ${startOf('k')} <= ${asOf}) over (partition by k.customer_id))::date as first_month
          from contracts k where k.studio_id = ${studioId} and k.plan_family in ${recurring}),
        milestones as (
          select customer_id, first_month, ${milestone(1)} as m1, ${milestone(3)} as m3, ${milestone(6)} as m6, ${milestone(12)} as m12
          from spans where first_month is not null
          group by customer_id, first_month)
        select c.code, to_char(m.first_month, 'YYYY-MM') as first_paid_month,
               array_remove(array[${activeMonth('m1', 1)}, ${activeMonth('m3', 3)}, ${activeMonth('m6', 6)}, ${activeMonth('m12', 12)}], null) as active_months
        from milestones m join customers c on c.id = m.customer_id`,
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
    // Payments per client through the (customer_id, sold_on, value_cents) index: no hashing of the whole year's sales.
    sql`with visits as (
          select customer_id, sum(presences) as presences, max(period_end) filter (where presences > 0) as last_visit from attendance
          where studio_id = ${studioId} and customer_id is not null and period_end > ${from} and period_end <= ${asOf}
          group by customer_id)
        select c.code, to_char(greatest(p.last_paid, v.last_visit), 'YYYY-MM-DD') as last_on,
               coalesce(v.presences, 0) as visits, coalesce(p.cents, 0) as payments_cents
        from customers c
        cross join lateral (
          select max(s.sold_on) as last_paid, sum(s.value_cents) as cents from sales s
          where s.customer_id = c.id and s.sold_on > ${from} and s.sold_on <= ${asOf} and s.value_cents > 0) p
        left join visits v on v.customer_id = c.id
        where c.studio_id = ${studioId} and c.erased_at is null and (p.last_paid is not null or v.customer_id is not null)`,
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
