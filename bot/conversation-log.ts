/**
 * Every conversation and message is stored: the inbound text with its recognised intent, each reply
 * with the time it took. That log is what the bot's measures (first response, hand-offs, autonomy)
 * are computed from, and what a person reads when taking a conversation over.
 */
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import { conversations, messages } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import type { InboundMessage } from './transport.ts';

export interface OpenConversation {
  id: number;
  handledBy: 'bot' | 'staff';
  leadId: number | null;
}

export async function openConversation(db: PulsoDb, studio: Studio, message: InboundMessage): Promise<OpenConversation> {
  const where = and(eq(conversations.studioId, studio.id), eq(conversations.channel, message.channel), eq(conversations.address, message.address));
  const columns = { id: conversations.id, handledBy: conversations.handledBy, leadId: conversations.leadId };
  const [existing] = await db.select(columns).from(conversations).where(where);
  if (existing) return existing;
  const [created] = await db
    .insert(conversations)
    .values({ studioId: studio.id, channel: message.channel, address: message.address, startedAt: message.receivedAt })
    .onConflictDoNothing()
    .returning(columns);
  return created ?? (await db.select(columns).from(conversations).where(where))[0]!;
}

export async function linkSender(db: PulsoDb, conversationId: number, sender: Sender, at: Date): Promise<void> {
  await db
    .update(conversations)
    .set({ staffId: sender.staff?.id ?? null, customerId: sender.customerId, leadId: sender.leadId, lastMessageAt: at })
    .where(eq(conversations.id, conversationId));
}

/** A network may deliver the same message twice; its id is stored with the inbound row. */
export async function alreadyReceived(db: PulsoDb, conversationId: number, transportMessageId: string | null): Promise<boolean> {
  if (!transportMessageId) return false;
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'in'), eq(messages.transportMessageId, transportMessageId)))
    .limit(1);
  return row !== undefined;
}

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
}
