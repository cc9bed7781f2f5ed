/**
 * Plans and prices as the imports show them, for studios that have not registered their own yet: each
 * plan sold in the last 180 days with the latest price paid for it, the most sold first (at most 8).
 * Trial classes are left out (the trial answer speaks of them) and so are free items.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { addDays, type CalendarDate } from '../../domain/calendar-date.ts';

const lookbackDays = 180;
const plansShown = 8;

export async function importedPlanPrices(db: PulsoDb, studioId: number, asOf: CalendarDate): Promise<{ name: string; priceCents: number }[]> {
  const rows = await queryRows<{ name: string; price_cents: string | number }>(
    db,
    sql`with recent as (
          select description, value_cents, sold_on, sold_at, receipt, item from sales
          where studio_id = ${studioId} and description is not null and value_cents > 0
            and coalesce(plan_family, '') <> 'experimental' and sold_on > ${addDays(asOf, -lookbackDays)} and sold_on <= ${asOf})
        select latest.description as name, latest.value_cents as price_cents
        from (select distinct on (description) description, value_cents from recent order by description, sold_on desc, sold_at desc nulls last, receipt desc, item desc) latest
        join (select description, count(*) as sold from recent group by description) counted using (description)
        order by counted.sold desc, latest.description
        limit ${plansShown}`,
  );
  return rows.map((row) => ({ name: row.name, priceCents: Number(row.price_cents) }));
}
