/**
 * The outcome of an action, read from the sales the imports stored (issue 7): staff report outcomes in
 * chat, but most renewals and payments are only seen when the next export comes in. This is what lets
 * the studio see which playbook saves how many clients and how much revenue (DOMAIN.md §3).
 *
 * For every action on a client that has no outcome yet, or that staff closed as "renovou" without an
 * amount, the first day on which the client bought a paid plan (value > 0, not a trial class nor a
 * drop-in, as client-facts.ts reads "renewed") within `outcomeWindowDays` days of the action's day
 * (both counted in the studio's time zone, the action's own day included, nothing after `asOf`) is
 * the outcome:
 *
 * - outcome = 'paid' when the action's playbook is a blocked one, else 'renewed'. The exports carry no
 *   payment ledger: Tecnofit blocks a client whose payment is overdue, and the receipt that settles the
 *   debt is a sale of the plan like any other, so the reason for the contact says which one it was.
 * - revenue kept = the sum of that day's paid-plan sales (a receipt of several lines, or two overdue
 *   months paid at once); later sales in the window are the client's ordinary payments, not the
 *   action's doing.
 * - outcome_at = that day's first sale instant (midnight in the studio's zone when the export gave no
 *   time); outcome_source = 'import'.
 * - A staff "renovou" keeps its outcome, time and source; only the revenue is filled in.
 *
 * One sale is credited to one action, the last touch: an action is not credited with a sale when a
 * later action on the same client (of any kind, open or closed) was taken on or before the sale's day.
 * So an automated reminder followed by a call credits the call, and the reminder stays without outcome;
 * and an action that staff closed as "sem resposta" keeps it, even when the client renews later.
 *
 * Idempotent: what it writes takes the action out of the candidates, and the last-touch rule looks at
 * every action, not only the open ones, so a second run finds nothing new.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';

/** A paid plan bought this many days after the contact still counts as its outcome: one billing month. */
export const outcomeWindowDays = 30;

export interface OutcomesRecorded {
  renewed: number;
  paid: number;
  /** Staff's "renovou" now carrying the revenue of the sale found. */
  revenueConfirmed: number;
}

export async function recordOutcomesFromImports(db: PulsoDb, studio: { id: number; timeZone: string }, asOf: CalendarDate): Promise<OutcomesRecorded> {
  const zone = studio.timeZone;
  const rows = await queryRows<{ outcome: string; outcome_source: string }>(
    db,
    sql`with candidates as (
          select a.id, a.customer_id, a.acted_at, a.playbook, (a.acted_at at time zone ${zone})::date as acted_on
          from actions a
          where a.studio_id = ${studio.id} and a.customer_id is not null
            and (a.outcome is null or (a.outcome = 'renewed' and a.outcome_source = 'staff' and a.revenue_kept_cents is null))
            and (a.acted_at at time zone ${zone})::date <= ${asOf}),
        credited as (
          select c.id, c.playbook, first_day.cents, first_day.at
          from candidates c cross join lateral (
            select sum(s.value_cents) as cents, coalesce(min(s.sold_at), s.sold_on::timestamp at time zone ${zone}) as at
            from sales s
            where s.customer_id = c.customer_id and s.studio_id = ${studio.id}
              and s.value_cents > 0 and coalesce(s.plan_family, '') not in ('experimental', 'avulsa')
              and s.sold_on >= c.acted_on and s.sold_on <= c.acted_on + ${outcomeWindowDays}::int and s.sold_on <= ${asOf}
              and not exists (
                select 1 from actions later
                where later.studio_id = ${studio.id} and later.customer_id = c.customer_id
                  and (later.acted_at, later.id) > (c.acted_at, c.id)
                  and (later.acted_at at time zone ${zone})::date <= s.sold_on)
            group by s.sold_on
            order by s.sold_on
            limit 1) first_day)
        update actions a
        set outcome = case when a.outcome is not null then a.outcome when cr.playbook like 'blocked-%' then 'paid' else 'renewed' end,
            outcome_at = case when a.outcome is not null then a.outcome_at else cr.at end,
            outcome_source = case when a.outcome is not null then a.outcome_source else 'import' end,
            revenue_kept_cents = cr.cents
        from credited cr
        where a.id = cr.id
        returning a.outcome, a.outcome_source`,
  );
  const imported = rows.filter((row) => row.outcome_source === 'import');
  return {
    renewed: imported.filter((row) => row.outcome === 'renewed').length,
    paid: imported.filter((row) => row.outcome === 'paid').length,
    revenueConfirmed: rows.length - imported.length,
  };
}
