/** The lead conversations as bot-performance.ts reads them: hand-off, reply times, messages, enrolment. */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { LeadConversation } from '../metrics/bot-performance.ts';

export async function leadConversations(db: PulsoDb, studioId: number): Promise<LeadConversation[]> {
  const rows = await queryRows<{
    handoff_reason: string | null; response_ms: number[] | null; inbound: string | number; enrolled: boolean;
    handed_off: boolean; person_id: number | null; person_name: string | null; human_ms: string | number | null;
  }>(
    db,
    sql`select c.handoff_reason, c.handed_off_at is not null as handed_off,
               coalesce(human.sender_staff_id, c.assigned_staff_id) as person_id, s.name as person_name,
               extract(epoch from human.occurred_at - asked.occurred_at) * 1000 as human_ms,
               (select array_agg(m.response_ms order by m.occurred_at, m.id) from messages m
                 where m.conversation_id = c.id and m.direction = 'out' and m.response_ms is not null) as response_ms,
               (select count(*) from messages m where m.conversation_id = c.id and m.direction = 'in') as inbound,
               coalesce(l.stage = 'matriculou', false) as enrolled
        from conversations c join leads l on l.id = c.lead_id
        -- The lead's first message once a person had the conversation, and the first person's reply to it.
        left join lateral (select m.occurred_at from messages m where m.conversation_id = c.id and m.direction = 'in' and m.occurred_at >= c.handed_off_at
                           order by m.occurred_at, m.id limit 1) asked on true
        left join lateral (select m.occurred_at, m.sender_staff_id from messages m where m.conversation_id = c.id and m.direction = 'out' and m.sender_role <> 'bot'
                             and m.occurred_at >= asked.occurred_at order by m.occurred_at, m.id limit 1) human on true
        left join staff s on s.id = coalesce(human.sender_staff_id, c.assigned_staff_id)
        where c.studio_id = ${studioId}`,
  );
  return rows.map((row) => ({
    handoffReason: row.handoff_reason,
    firstResponseMs: row.response_ms?.[0] ?? null,
    responseMs: row.response_ms ?? [],
    inboundMessages: Number(row.inbound),
    enrolled: row.enrolled,
    handoff: row.handed_off ? { staffId: row.person_id, staffName: row.person_name, firstResponseMs: row.human_ms === null ? null : Math.round(Number(row.human_ms)) } : null,
  }));
}
