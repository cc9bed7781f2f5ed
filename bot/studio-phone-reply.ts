/**
 * A person answering from the studio's own phone: WhatsApp shows Pulso (a linked device) what the phone
 * sends, so those replies are logged in the conversation as a person's, with the staff member the
 * conversation was assigned to when there is one. They are what people's first-response time is
 * measured from (analytics/metrics/bot-performance.ts). A person who writes into a chat the bot was
 * handling takes it over: the bot does not talk over a human, until someone gives the chat back.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { openConversation } from './conversation-log.ts';
import type { InboundMessage } from './transport.ts';

/** Logs the reply once (a repeat delivery is a no-op); true when it was new. */
export async function recordStudioPhoneReply(db: PulsoDb, studio: Studio, message: InboundMessage): Promise<boolean> {
  const conversation = await openConversation(db, studio, message);
  const at = message.receivedAt.toISOString();
  const [logged] = await queryRows<{ id: number }>(
    db,
    sql`with taken as (
          update conversations set handled_by = 'staff', handed_off_at = ${at}::timestamptz, handoff_reason = 'studio-phone'
          where id = ${conversation.id} and handled_by = 'bot'
        )
        insert into messages (studio_id, conversation_id, direction, sender_role, sender_staff_id, handled_by, text, transport_message_id, occurred_at)
        select ${studio.id}, c.id, 'out', coalesce(s.role, 'studio-phone'), s.id, 'staff', ${message.text}, ${message.transportMessageId}, ${at}::timestamptz
        from conversations c left join staff s on s.id = c.assigned_staff_id
        where c.id = ${conversation.id}
          and not (${message.transportMessageId}::text is not null
                   and exists (select 1 from messages m where m.conversation_id = c.id and m.transport_message_id = ${message.transportMessageId}))
        returning id`,
  );
  return logged !== undefined;
}
