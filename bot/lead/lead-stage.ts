/**
 * A lead's funnel stage and maturity move with what it asks: asking about prices, hours or the
 * address makes it "engajado", asking for a trial class "agendou"; stages only move forward. Maturity
 * (0–100) adds points for each sign of intent, so the front desk can see who is closest to buying.
 */
import { eq } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { leads, leadStages, type LeadStage } from '../../db/schema/leads.ts';
import type { IntentId } from '../intents/intent.ts';

const stageOf: Partial<Record<IntentId, LeadStage>> = { prices: 'engajado', schedule: 'engajado', address: 'engajado', negotiation: 'engajado', trial: 'agendou' };
const maturityPoints: Partial<Record<IntentId, number>> = { greeting: 5, prices: 20, schedule: 15, address: 15, negotiation: 25, trial: 40, human: 10 };

export async function advanceLead(db: PulsoDb, leadId: number, intent: IntentId, at: Date): Promise<void> {
  const [lead] = await db.select({ stage: leads.stage, maturity: leads.maturity }).from(leads).where(eq(leads.id, leadId));
  if (!lead) return;
  const target = stageOf[intent];
  const stage = target && leadStages.indexOf(target) > leadStages.indexOf(lead.stage) && lead.stage !== 'perdido' ? target : lead.stage;
  const maturity = Math.min(100, lead.maturity + (maturityPoints[intent] ?? 0));
  await db.update(leads).set({ stage, maturity, lastInboundAt: at, updatedAt: at }).where(eq(leads.id, leadId));
}
