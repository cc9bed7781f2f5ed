/** How many leads are at each funnel stage now (DOMAIN.md §4), erased leads left out. */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { leadStages, type LeadStage } from '../../db/schema/leads.ts';

export async function leadsByStage(db: PulsoDb, studioId: number): Promise<Record<LeadStage, number>> {
  const rows = await queryRows<{ stage: LeadStage; count: string | number }>(
    db,
    sql`select stage, count(*) as count from leads where studio_id = ${studioId} and erased_at is null group by stage`,
  );
  const counts = Object.fromEntries(leadStages.map((stage) => [stage, 0])) as Record<LeadStage, number>;
  for (const row of rows) counts[row.stage] = Number(row.count);
  return counts;
}
