/** The lead conversations as bot-performance.ts reads them: hand-off, reply times, messages, enrolment. */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { LeadConversation } from '../metrics/bot-performance.ts';

export async function leadConversations(db: PulsoDb, studioId: number): Promise<LeadConversation[]> {
  const rows = await queryRows<{ handoff_reason: string | null; response_ms: number[] | null; inbound: string | number; enrolled: boolean }>(
    db,
    sql`select c.handoff_reason,
               (select array_agg(m.response_ms order by m.occurred_at, m.id) from messages m
                 where m.conversation_id = c.id and m.direction = 'out' and m.response_ms is not null) as response_ms,
               (select count(*) from messages m where m.conversation_id = c.id and m.direction = 'in') as inbound,
               coalesce(l.stage = 'matriculou', false) as enrolled
        from conversations c join leads l on l.id = c.lead_id
        where c.studio_id = ${studioId}`,
  );
  return rows.map((row) => ({
    handoffReason: row.handoff_reason,
    firstResponseMs: row.response_ms?.[0] ?? null,
    responseMs: row.response_ms ?? [],
    inboundMessages: Number(row.inbound),
    enrolled: row.enrolled,
  }));
}
