/**
 * A lead's funnel stage and maturity move with what it asks: asking about prices, hours or the
 * address makes it "engajado", asking for a trial class "agendou"; stages only move forward. Maturity
 * (0–100) adds points for each sign of intent, so the front desk can see who is closest to buying.
 * The move is written with the exchange's log, in the same statement (`conversation-log.ts`), so it is
 * committed before the reply leaves and costs no round trip of its own.
 */
import { sql, type SQL } from 'drizzle-orm';
import { leadStages, type LeadStage } from '../../db/schema/leads.ts';
import type { IntentId } from '../intents/intent.ts';

const stageOf: Partial<Record<IntentId, LeadStage>> = { prices: 'engajado', schedule: 'engajado', address: 'engajado', negotiation: 'engajado', trial: 'agendou' };
const maturityPoints: Partial<Record<IntentId, number>> = { greeting: 5, prices: 20, schedule: 15, address: 15, negotiation: 25, trial: 40, human: 10 };

export interface LeadAdvance {
  leadId: number;
  intent: IntentId;
  at: Date;
}

/**
 * The update that moves these leads: the stage only forward (by its place in the funnel), never out of
 * "perdido". Each lead at most once (an update touches a row once per statement).
 */
export function advanceLeadsStatement(advances: readonly LeadAdvance[]): SQL {
  const order = sql.join(leadStages.map((stage, index) => sql`when ${stage} then ${index}::int`), sql` `);
  const rows = advances.map(({ leadId, intent, at }) => {
    const target = stageOf[intent] ?? null;
    return sql`(${leadId}::int, ${target}::text, ${target ? leadStages.indexOf(target) : null}::int, ${maturityPoints[intent] ?? 0}::int, ${at.toISOString()}::timestamptz)`;
  });
  return sql`update leads l
    set stage = case when v.target is not null and l.stage <> 'perdido' and (case l.stage ${order} end) < v.target_index then v.target else l.stage end,
        maturity = least(100, l.maturity + v.points), last_inbound_at = v.at, updated_at = v.at
    from (values ${sql.join(rows, sql`, `)}) as v (id, target, target_index, points, at)
    where l.id = v.id`;
}
