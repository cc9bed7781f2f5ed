/**
 * Every conversation and message is stored: the inbound text with its recognised intent, each reply
 * with the time it took. That log is what the bot's measures (first response, hand-offs, autonomy)
 * are computed from, and what a person reads when taking a conversation over.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { conversations } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import { advanceLeadsStatement, type LeadAdvance } from './lead/lead-stage.ts';
import { identityOf, type IdentityFields } from './sender.ts';
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

/** The conversation's row for a message, with its opt-out and duplicate flags (no row before first contact). */
export function conversationLookup(studio: Studio, { channel, address }: IdentityFields, transportMessageId: SQL): SQL {
  return sql`select c.id as conversation_id, c.handled_by, c.staff_id as conversation_staff_id, c.customer_id as conversation_customer_id, c.lead_id as conversation_lead_id,
                 exists (select 1 from opt_outs o where o.studio_id = c.studio_id and o.channel = c.channel and o.address = c.address) as opted_out,
                 (${transportMessageId} is not null and exists (select 1 from messages m where m.conversation_id = c.id and m.direction = 'in' and m.transport_message_id = ${transportMessageId})) as duplicate
          from conversations c
          where c.studio_id = ${studio.id} and c.channel = ${channel} and c.address = ${address}`;
}

export interface ConversationRow {
  conversation_id: number;
  handled_by: 'bot' | 'staff';
  conversation_staff_id: number | null;
  conversation_customer_id: number | null;
  conversation_lead_id: number | null;
  opted_out: boolean;
  duplicate: boolean;
}

export function conversationFromRow(row: ConversationRow): OpenConversation {
  return {
    id: row.conversation_id, handledBy: row.handled_by, staffId: row.conversation_staff_id, customerId: row.conversation_customer_id, leadId: row.conversation_lead_id,
    optedOut: row.opted_out, duplicate: row.duplicate,
  };
}

/** The conversation of a message, created on first contact, with its opt-out and duplicate flags. */
export async function openConversation(db: PulsoDb, studio: Studio, message: InboundMessage): Promise<OpenConversation> {
  const read = async () => (await queryRows<ConversationRow>(db, conversationLookup(studio, identityOf(message), sql`${message.transportMessageId}::text`)))[0];
  const row = (await read()) ?? (await db
    .insert(conversations)
    .values({ studioId: studio.id, channel: message.channel, address: message.address, startedAt: message.receivedAt })
    .onConflictDoNothing()
    .then(read));
  return conversationFromRow(row!);
}

/** Records who the conversation is with, when that changed (a lead who became a client, a linked staff member). */
export async function linkSender(db: PulsoDb, conversation: OpenConversation, sender: Sender): Promise<void> {
  const link = { staffId: sender.staff?.id ?? null, customerId: sender.customerId, leadId: sender.leadId };
  if (link.staffId === conversation.staffId && link.customerId === conversation.customerId && link.leadId === conversation.leadId) return;
  await db.update(conversations).set(link).where(eq(conversations.id, conversation.id));
}

export interface Exchange {
  conversationId: number;
  handledBy: 'bot' | 'staff';
  message: InboundMessage;
  sender: Sender;
  intent: string;
  replies: string[];
  responseMs: number;
  leadAdvance: LeadAdvance | null;
}

const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/** Consecutive runs of exchanges in which no lead moves twice (a statement updates a row once). */
function rounds(exchanges: readonly Exchange[]): Exchange[][] {
  const all: Exchange[][] = [];
  let round: Exchange[] = [];
  let leads = new Set<number>();
  for (const exchange of exchanges) {
    const lead = exchange.leadAdvance?.leadId;
    if (lead !== undefined && leads.has(lead)) {
      all.push(round);
      round = [];
      leads = new Set();
    }
    if (lead !== undefined) leads.add(lead);
    round.push(exchange);
  }
  return [...all, round];
}

/**
 * Exchanges in one statement, one transaction (or a few, in order, when a lead moves twice): each
 * inbound message and its replies, each lead's move in the funnel, and each conversation's last message
 * time (that of its last exchange here, as if they were written in turn).
 */
export async function logExchanges(db: PulsoDb, studio: Studio, exchanges: readonly Exchange[]): Promise<void> {
  if (exchanges.length === 0) return;
  for (const round of rounds(exchanges)) {
    const rows = round.flatMap(({ conversationId, message, sender, handledBy, intent, replies, responseMs }) => [
      sql`(${studio.id}::int, ${conversationId}::int, 'in', ${sender.role}, ${sender.staff?.id ?? null}::int, ${handledBy}, ${message.text}, ${intent}, ${message.transportMessageId}, ${timestamp(message.receivedAt)}, null::int)`,
      ...replies.map((text) => sql`(${studio.id}::int, ${conversationId}::int, 'out', 'bot', null::int, 'bot', ${text}, null, null, ${timestamp(new Date(message.receivedAt.getTime() + responseMs))}, ${responseMs}::int)`),
    ]);
    const advances = round.flatMap((exchange) => (exchange.leadAdvance ? [exchange.leadAdvance] : []));
    const lastMessageAt = new Map(round.map((exchange) => [exchange.conversationId, exchange.message.receivedAt]));
    const latest = [...lastMessageAt].map(([id, at]) => sql`(${id}::int, ${timestamp(at)})`);
    await db.execute(sql`with logged as (
        insert into messages (studio_id, conversation_id, direction, sender_role, sender_staff_id, handled_by, text, intent, transport_message_id, occurred_at, response_ms)
        values ${sql.join(rows, sql`, `)}
      )${advances.length ? sql`, advanced as (${advanceLeadsStatement(advances)})` : sql``}
      update conversations c set last_message_at = latest.at
      from (values ${sql.join(latest, sql`, `)}) as latest (id, at)
      where c.id = latest.id`);
  }
}
