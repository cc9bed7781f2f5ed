/**
 * The set-based SQL behind the daily snapshot: every client's facts as of a date, in a handful of
 * queries over the whole studio (never one query per client), each taking the latest snapshot on or
 * before as-of. Reports older than two weeks are ignored rather than taken for today.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CustomerStatus, LeadStage, PlanFamily } from '../../db/schema/index.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { BalanceFacts, ClientFacts, ContractFacts } from '../client-facts.ts';

/** A point-in-time report older than this is stale. */
const staleDays = 14;
/** Balances kept per contract: the latest and enough earlier ones to find a week-old one. */
const balancesKept = 4;

interface Scope {
  studioId: number;
  asOf: CalendarDate;
  timeZone: string;
}

function byCustomer<T extends { customer_id: number }>(rows: T[]): Map<number, T> {
  return new Map(rows.map((row) => [row.customer_id, row]));
}

async function customers(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; code: string; name: string | null; status: CustomerStatus | null; customer_since: string | null }>(
    db,
    sql`with latest_status as (
          select distinct on (customer_id) customer_id, status
          from customer_snapshots where studio_id = ${studioId} and snapshot_on <= ${asOf}
          order by customer_id, snapshot_on desc)
        select c.id as customer_id, c.code, c.name,
               coalesce(s.status, case when c.status_on <= ${asOf} then c.status end) as status,
               to_char(c.customer_since, 'YYYY-MM-DD') as customer_since
        from customers c left join latest_status s on s.customer_id = c.id
        where c.studio_id = ${studioId}`,
  );
}

async function currentContracts(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{
    customer_id: number; contract_id: number; plan_name: string; plan_family: PlanFamily; sessions_per_week: number | null;
    period_days: number | null; value_cents: string | number | null; starts_on: string | null; ends_on: string | null; renewed: boolean;
  }>(
    db,
    // The current contract is chosen first, sorting only the keys; "renewed" is then asked of one contract per client only.
    sql`with latest_contract as (
          select distinct on (customer_id) id
          from contracts
          where studio_id = ${studioId} and plan_family not in ('experimental', 'avulsa')
            and coalesce(starts_on, ends_on - coalesce(period_days, 30) + 1) <= ${asOf}
          order by customer_id, ends_on desc nulls last, id desc)
        select k.customer_id, k.id as contract_id, k.plan_name, k.plan_family, k.sessions_per_week,
               k.period_days, k.value_cents, to_char(k.starts_on, 'YYYY-MM-DD') as starts_on, to_char(k.ends_on, 'YYYY-MM-DD') as ends_on,
               exists (select 1 from contracts r where r.customer_id = k.customer_id and r.id <> k.id and r.ends_on > k.ends_on
                       and r.plan_family not in ('experimental', 'avulsa')) as renewed
        from latest_contract l join contracts k on k.id = l.id`,
  );
}

async function balances(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ contract_id: number; snapshot_on: string; total_contracted: number | null; total_used: number | null; weekly_contracted: number | null; weekly_used: number | null }>(
    db,
    sql`select contract_id, snapshot_on, total_contracted, total_used, weekly_contracted, weekly_used from (
          select contract_id, to_char(snapshot_on, 'YYYY-MM-DD') as snapshot_on, total_contracted, total_used, weekly_contracted, weekly_used,
                 row_number() over (partition by contract_id order by snapshot_on desc) as position
          from contract_snapshots
          where studio_id = ${studioId} and snapshot_on <= ${asOf} and snapshot_on > ${asOf}::date - ${staleDays * 3}::int) recent
        where position <= ${balancesKept}
        order by contract_id, snapshot_on desc`,
  );
}

async function blocks(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; blocked_on: string | null; days_blocked: number | null; overdue_cents: string | number | null; snapshot_on: string }>(
    db,
    sql`select distinct on (customer_id) customer_id, to_char(blocked_on, 'YYYY-MM-DD') as blocked_on, days_blocked, overdue_cents,
               to_char(snapshot_on, 'YYYY-MM-DD') as snapshot_on
        from blocks where studio_id = ${studioId} and snapshot_on <= ${asOf} and snapshot_on > ${asOf}::date - ${staleDays}::int
        order by customer_id, snapshot_on desc`,
  );
}

async function pendingAcceptances(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; since: string }>(
    db,
    sql`with latest as (
          select distinct on (customer_id) customer_id, contract_name, status
          from contract_acceptances where studio_id = ${studioId} and snapshot_on <= ${asOf} and snapshot_on > ${asOf}::date - ${staleDays}::int
          order by customer_id, snapshot_on desc)
        select l.customer_id, to_char(least(
                 (select min(p.snapshot_on) from contract_acceptances p
                   where p.customer_id = l.customer_id and p.contract_name = l.contract_name and p.status = 'Aguardando aceite' and p.snapshot_on <= ${asOf}),
                 (select max(k.starts_on) from contracts k
                   where k.customer_id = l.customer_id and k.plan_name = l.contract_name and k.starts_on <= ${asOf})), 'YYYY-MM-DD') as since
        from latest l where l.status = 'Aguardando aceite'`,
  );
}

async function attendance(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; period_start: string; period_end: string; presences: number | null; absences: number | null }>(
    db,
    sql`select distinct on (customer_id) customer_id, to_char(period_start, 'YYYY-MM-DD') as period_start,
               to_char(period_end, 'YYYY-MM-DD') as period_end, presences, absences
        from attendance
        where studio_id = ${studioId} and customer_id is not null and period_end <= ${asOf} and period_end > ${asOf}::date - ${staleDays}::int
        order by customer_id, period_end desc`,
  );
}

async function lastPayments(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; last_payment_on: string }>(
    db,
    // Per client, the index on (customer_id, sold_on) read backwards stops at the first payment: a
    // fraction of grouping the whole sales history.
    sql`select c.id as customer_id, to_char(p.sold_on, 'YYYY-MM-DD') as last_payment_on
        from customers c cross join lateral (
          select s.sold_on from sales s
          where s.customer_id = c.id and s.sold_on <= ${asOf} and s.value_cents > 0 and coalesce(s.plan_family, '') <> 'experimental'
          order by s.sold_on desc limit 1) p
        where c.studio_id = ${studioId}`,
  );
}

export async function trialsWithoutPlan(db: PulsoDb, { studioId, asOf }: Scope) {
  return queryRows<{ customer_id: number; trial_on: string }>(
    db,
    sql`select t.customer_id, to_char(max(t.sold_on), 'YYYY-MM-DD') as trial_on from sales t
        where t.studio_id = ${studioId} and t.customer_id is not null and t.plan_family = 'experimental'
          and t.sold_on <= ${asOf} and t.sold_on > ${asOf}::date - 30
          and not exists (select 1 from sales p where p.customer_id = t.customer_id and p.sold_on >= t.sold_on and p.sold_on <= ${asOf}
                          and p.value_cents > 0 and coalesce(p.plan_family, '') not in ('experimental', 'avulsa'))
        group by t.customer_id`,
  );
}

async function lastContacts(db: PulsoDb, { studioId, asOf, timeZone }: Scope) {
  return queryRows<{ customer_id: number; contacted_on: string }>(
    db,
    sql`select customer_id, to_char(max((acted_at at time zone ${timeZone})::date), 'YYYY-MM-DD') as contacted_on from actions
        where studio_id = ${studioId} and customer_id is not null and kind <> 'task' and (acted_at at time zone ${timeZone})::date <= ${asOf}
        group by customer_id`,
  );
}

async function leads(db: PulsoDb, { studioId, asOf, timeZone }: Scope) {
  return queryRows<{ customer_id: number; stage: LeadStage; last_contact_on: string | null }>(
    db,
    sql`select distinct on (customer_id) customer_id, stage,
               to_char(nullif(greatest(
                 coalesce(prospect_on, '-infinity'::date),
                 coalesce((last_inbound_at at time zone ${timeZone})::date, '-infinity'::date),
                 coalesce((last_outbound_at at time zone ${timeZone})::date, '-infinity'::date)), '-infinity'::date), 'YYYY-MM-DD') as last_contact_on
        from leads where studio_id = ${studioId} and customer_id is not null and coalesce(prospect_on, ${asOf}) <= ${asOf}
        order by customer_id, updated_at desc`,
  );
}

const number = (value: string | number | null): number | null => (value === null ? null : Number(value));

export async function loadClientFacts(db: PulsoDb, scope: Scope): Promise<ClientFacts[]> {
  const [base, contracts, balanceRows, blockRows, acceptanceRows, attendanceRows, paymentRows, trialRows, contactRows, leadRows] = await Promise.all([
    customers(db, scope), currentContracts(db, scope), balances(db, scope), blocks(db, scope), pendingAcceptances(db, scope),
    attendance(db, scope), lastPayments(db, scope), trialsWithoutPlan(db, scope), lastContacts(db, scope), leads(db, scope),
  ]);
  const balancesByContract = new Map<number, BalanceFacts[]>();
  for (const row of balanceRows) {
    const list = balancesByContract.get(row.contract_id) ?? [];
    list.push({ snapshotOn: row.snapshot_on, totalContracted: row.total_contracted, totalUsed: row.total_used, weeklyContracted: row.weekly_contracted, weeklyUsed: row.weekly_used });
    balancesByContract.set(row.contract_id, list);
  }
  const contractOf = byCustomer(contracts);
  const blockOf = byCustomer(blockRows);
  const acceptanceOf = byCustomer(acceptanceRows);
  const attendanceOf = byCustomer(attendanceRows);
  const paymentOf = byCustomer(paymentRows);
  const trialOf = byCustomer(trialRows);
  const contactOf = byCustomer(contactRows);
  const leadOf = byCustomer(leadRows);
  return base.map((row): ClientFacts => {
    const contract = contractOf.get(row.customer_id);
    const contractFacts: ContractFacts | null = contract
      ? {
          planName: contract.plan_name, planFamily: contract.plan_family, sessionsPerWeek: contract.sessions_per_week, periodDays: contract.period_days,
          valueCents: number(contract.value_cents), startsOn: contract.starts_on, endsOn: contract.ends_on, renewed: contract.renewed,
        }
      : null;
    const block = blockOf.get(row.customer_id);
    const attendanceRow = attendanceOf.get(row.customer_id);
    const lead = leadOf.get(row.customer_id);
    const since = acceptanceOf.get(row.customer_id)?.since;
    return {
      customerId: row.customer_id,
      code: row.code,
      name: row.name,
      status: row.status,
      customerSince: row.customer_since,
      contract: contractFacts,
      balances: contract ? (balancesByContract.get(contract.contract_id) ?? []) : [],
      block: block ? { blockedOn: block.blocked_on, daysBlocked: block.days_blocked, overdueCents: number(block.overdue_cents), snapshotOn: block.snapshot_on } : null,
      acceptancePending: since ? { since } : null,
      attendance: attendanceRow ? { periodStart: attendanceRow.period_start, periodEnd: attendanceRow.period_end, presences: attendanceRow.presences, absences: attendanceRow.absences } : null,
      lastPaymentOn: paymentOf.get(row.customer_id)?.last_payment_on ?? null,
      trialWithoutPlanOn: trialOf.get(row.customer_id)?.trial_on ?? null,
      lastContactedOn: contactOf.get(row.customer_id)?.contacted_on ?? null,
      lead: lead ? { stage: lead.stage, lastContactOn: lead.last_contact_on } : null,
    };
  });
}
