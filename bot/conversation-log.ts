/**
 * Every conversation and message is stored: the inbound text with its recognised intent, each reply
 * with the time it took. That log is what the bot's measures (first response, hand-offs, autonomy)
 * are computed from, and what a person reads when taking a conversation over.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { conversations, messages } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import type { InboundMessage } from './transport.ts';

export interface OpenConversation {
  id: number;
  handledBy: 'bot' | 'staff';
  staffId: number | null;
  customerId: number | null;
  leadId: number | null;
  /** The address asked to receive no more messages. */
  optedOut: boolean;
  /** This very message was already received (a network may deliver one twice). */
  duplicate: boolean;
}

/** The conversation of a message, created on first contact, with its opt-out and duplicate flags: one round trip. */
export async function openConversation(db: PulsoDb, studio: Studio, message: InboundMessage): Promise<OpenConversation> {
  const read = async () => {
    const [row] = await queryRows<{ id: number; handled_by: 'bot' | 'staff'; staff_id: number | null; customer_id: number | null; lead_id: number | null; opted_out: boolean; duplicate: boolean }>(
      db,
      sql`select c.id, c.handled_by, c.staff_id, c.customer_id, c.lead_id,
                 exists (select 1 from opt_outs o where o.studio_id = c.studio_id and o.channel = c.channel and o.address = c.address) as opted_out,
                 ${message.transportMessageId === null ? sql`false` : sql`exists (select 1 from messages m where m.conversation_id = c.id and m.direction = 'in' and m.transport_message_id = ${message.transportMessageId})`} as duplicate
          from conversations c
          where c.studio_id = ${studio.id} and c.channel = ${message.channel} and c.address = ${message.address}`,
    );
    return row;
  };
  const row = (await read()) ?? (await db
    .insert(conversations)
    .values({ studioId: studio.id, channel: message.channel, address: message.address, startedAt: message.receivedAt })
    .onConflictDoNothing()
    .then(read));
  return {
    id: row!.id, handledBy: row!.handled_by, staffId: row!.staff_id, customerId: row!.customer_id, leadId: row!.lead_id, optedOut: row!.opted_out, duplicate: row!.duplicate,
  };
}

/** Records who the conversation is with, when that changed (a lead who became a client, a linked staff member). */
export async function linkSender(db: PulsoDb, conversation: OpenConversation, sender: Sender): Promise<void> {
  const link = { staffId: sender.staff?.id ?? null, customerId: sender.customerId, leadId: sender.leadId };
  if (link.staffId === conversation.staffId && link.customerId === conversation.customerId && link.leadId === conversation.leadId) return;
  await db.update(conversations).set(link).where(eq(conversations.id, conversation.id));
}

/** The inbound message and its replies, and the conversation's last message time. */
export async function logExchange(
  db: PulsoDb,
  studio: Studio,
  exchange: { conversationId: number; handledBy: 'bot' | 'staff'; message: InboundMessage; sender: Sender; intent: string; replies: string[]; responseMs: number },
): Promise<void> {
  const { conversationId, message, sender } = exchange;
  await db.insert(messages).values([
    {
      studioId: studio.id, conversationId, direction: 'in', senderRole: sender.role, senderStaffId: sender.staff?.id ?? null, handledBy: exchange.handledBy,
      text: message.text, intent: exchange.intent, transportMessageId: message.transportMessageId, occurredAt: message.receivedAt,
    },
    ...exchange.replies.map((text) => ({
      studioId: studio.id, conversationId, direction: 'out' as const, senderRole: 'bot' as const, handledBy: 'bot' as const,
      text, occurredAt: new Date(message.receivedAt.getTime() + exchange.responseMs), responseMs: exchange.responseMs,
    })),
  ]);
  await db.update(conversations).set({ lastMessageAt: message.receivedAt }).where(eq(conversations.id, conversationId));
}
