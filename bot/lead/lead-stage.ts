/**
 * A lead's funnel stage and maturity move with what it asks: asking about prices, hours or the
 * address makes it "engajado", asking for a trial class "agendou"; stages only move forward. Maturity
 * (0–100) adds points for each sign of intent, so the front desk can see who is closest to buying.
 */
import { eq, sql } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { leads, leadStages, type LeadStage } from '../../db/schema/leads.ts';
import type { IntentId } from '../intents/intent.ts';

const stageOf: Partial<Record<IntentId, LeadStage>> = { prices: 'engajado', schedule: 'engajado', address: 'engajado', negotiation: 'engajado', trial: 'agendou' };
const maturityPoints: Partial<Record<IntentId, number>> = { greeting: 5, prices: 20, schedule: 15, address: 15, negotiation: 25, trial: 40, human: 10 };

/** One statement: the stage moves only forward (by its place in the funnel), never out of "perdido". */
export async function advanceLead(db: PulsoDb, leadId: number, intent: IntentId, at: Date): Promise<void> {
  const target = stageOf[intent];
  const order = sql.join(leadStages.map((stage, index) => sql`when ${stage} then ${index}`), sql` `);
  const stage = target
    ? sql`case when ${leads.stage} <> 'perdido' and (case ${leads.stage} ${order} end) < ${leadStages.indexOf(target)} then ${target} else ${leads.stage} end`
    : sql`${leads.stage}`;
  await db
    .update(leads)
    .set({ stage, maturity: sql`least(100, ${leads.maturity} + ${maturityPoints[intent] ?? 0})`, lastInboundAt: at, updatedAt: at })
    .where(eq(leads.id, leadId));
}
