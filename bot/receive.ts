/**
 * The first round trip of a message: its conversation (with the opt-out and duplicate flags), who
 * wrote it and, for staff, the version of the day's snapshot, read in one statement, shared by the messages that arrive at the same moment
 * (`groupCalls`: the read starts after all of them arrived, so each sees what it alone would have).
 * Only what changes something costs more: a first contact creates the conversation (and a lead), and a
 * sender who changed (a lead who became a client) is linked.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { Sender } from './context.ts';
import { conversationFromRow, conversationLookup, linkSender, openConversation, type ConversationRow, type OpenConversation } from './conversation-log.ts';
import { groupCalls } from './group-calls.ts';
import { snapshotVersion } from './snapshot-cache.ts';
import { identifySender, recordLead, senderFromRow, senderLookup, type SenderRow } from './sender.ts';
import type { InboundMessage } from './transport.ts';

type ReceivedRow = SenderRow & Partial<ConversationRow> & { snapshot_version: string | null };

export interface Arrival {
  message: InboundMessage;
  /** The day the message asks about, for the version of its snapshot. */
  asOf: CalendarDate;
}

export interface Received {
  conversation: OpenConversation;
  sender: Sender;
  /** For staff, the version of the day's snapshot (`snapshot-cache.ts`), read after the message arrived. */
  snapshotVersion: string | null;
}

/** The statement reading many messages' rows; `position` is each one's place in `arrivals`. */
export function receiveStatement(studio: Studio, arrivals: readonly Arrival[]): SQL {
  const list = arrivals.map(
    ({ message, asOf }, index) => sql`(${index}::int, ${message.channel}::text, ${message.address}::text, ${message.phone || null}::text, ${message.transportMessageId}::text, ${asOf}::date)`,
  );
  const fields = { channel: sql`arrived.channel`, address: sql`arrived.address`, phone: sql`arrived.phone` };
  return sql`select arrived.position, who.*, conversation.*,
               case when who.staff_id is not null then ${snapshotVersion(studio, sql`arrived.as_of`)} end as snapshot_version
        from (values ${sql.join(list, sql`, `)}) as arrived (position, channel, address, phone, transport_message_id, as_of)
        cross join lateral (${senderLookup(studio, fields)}) as who
        left join lateral (${conversationLookup(studio, fields, sql`arrived.transport_message_id`)}) as conversation on true`;
}

/** The rows of many messages in one statement, in their order. */
async function readAll(db: PulsoDb, studio: Studio, arrivals: readonly Arrival[]): Promise<ReceivedRow[]> {
  const rows = await queryRows<ReceivedRow & { position: number }>(db, receiveStatement(studio, arrivals));
  const ordered: ReceivedRow[] = [];
  for (const row of rows) ordered[row.position] = row;
  return ordered;
}

/** What the router calls for each message: `receive(message)`. */
export function receiver(db: PulsoDb, studio: Studio): (message: InboundMessage, asOf: CalendarDate) => Promise<Received> {
  const read = groupCalls<Arrival, ReceivedRow>(async (arrivals) => (await readAll(db, studio, arrivals)).map((value) => ({ status: 'fulfilled', value })));
  return async (message, asOf) => {
    const row = await read({ message, asOf });
    if (!row.conversation_id) {
      // First contact on this address: as before, the conversation first, then the sender.
      const conversation = await openConversation(db, studio, message);
      const sender = await identifySender(db, studio, message, conversation.leadId);
      if (!conversation.duplicate) await linkSender(db, conversation, sender);
      return { conversation, sender, snapshotVersion: null };
    }
    const conversation = conversationFromRow(row as ConversationRow);
    const sender = senderFromRow(row, message, conversation.leadId) ?? (await recordLead(db, studio, message));
    if (!conversation.duplicate) await linkSender(db, conversation, sender);
    return { conversation, sender, snapshotVersion: sender.staff ? row.snapshot_version : null };
  };
}
