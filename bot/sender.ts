/**
 * Who wrote: a staff member (by phone, Telegram chat or WhatsApp JID), a client (by phone), or else a
 * lead, recorded on first contact so the funnel starts at "novo". Staff are recognised only by channel
 * identity, never by what a message claims ("sou a dona").
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { leads } from '../db/schema/index.ts';
import type { StaffMember } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import type { InboundMessage } from './transport.ts';

export interface SenderRow {
  staff_id: number | null;
  phone: string;
  name: string;
  role: StaffMember['role'];
  created_at: string | Date;
  customer_id: number | null;
  lead_id: number | null;
}

/** A message's identity as SQL: parameters for one message, or the columns of a list of messages. */
export interface IdentityFields {
  channel: SQL;
  address: SQL;
  phone: SQL;
}

export const identityOf = (message: InboundMessage): IdentityFields => ({
  channel: sql`${message.channel}::text`,
  address: sql`${message.address}::text`,
  // As before: an empty phone is no phone.
  phone: sql`${message.phone || null}::text`,
});

/**
 * One row: the staff member, else the client, else the lead with this identity. Staff match by phone,
 * or by the chat id of the channel the message came on (a Telegram chat only on Telegram, a WhatsApp
 * JID only on WhatsApp); nothing the message says plays a part.
 */
export function senderLookup(studio: Studio, { channel, address, phone }: IdentityFields): SQL {
  return sql`select s.id as staff_id, s.phone, s.name, s.role, s.created_at,
               (select id from customers where studio_id = ${studio.id} and phone = ${phone} and erased_at is null order by id limit 1) as customer_id,
               (select id from leads where studio_id = ${studio.id} and phone = ${phone} and erased_at is null order by id limit 1) as lead_id
        from (select 1) as one
        left join lateral (select id, phone, name, role, created_at from staff s
                           where s.studio_id = ${studio.id} and s.removed_at is null
                             and (s.phone = ${phone} or (${channel} = 'telegram' and s.telegram_chat_id = ${address}) or (${channel} = 'whatsapp' and s.whatsapp_jid = ${address}))
                           order by id limit 1) s on true`;
}

/** The sender a lookup row names, or null when it names nobody and a lead must be recorded. */
export function senderFromRow(found: SenderRow | undefined, message: InboundMessage, conversationLeadId: number | null): Sender | null {
  if (found?.staff_id) {
    const member: StaffMember = { id: found.staff_id, phone: found.phone, name: found.name, role: found.role, createdAt: new Date(found.created_at) };
    return { role: member.role, staff: member, customerId: null, leadId: null };
  }
  if (found?.customer_id) return { role: 'client', staff: null, customerId: found.customer_id, leadId: null };
  if (found?.lead_id) return { role: 'lead', staff: null, customerId: null, leadId: found.lead_id };
  if (!message.phone && conversationLeadId !== null) return { role: 'lead', staff: null, customerId: null, leadId: conversationLeadId };
  return null;
}

/** First contact from nobody the studio knows: a new lead. */
export async function recordLead(db: PulsoDb, studio: Studio, message: InboundMessage): Promise<Sender> {
  const [created] = await db.insert(leads).values({ studioId: studio.id, phone: message.phone, origin: message.channel, lastInboundAt: message.receivedAt }).returning({ id: leads.id });
  return { role: 'lead', staff: null, customerId: null, leadId: created!.id };
}

/** `conversationLeadId`: the lead already linked to this chat (a Telegram lead has no phone). */
export async function identifySender(db: PulsoDb, studio: Studio, message: InboundMessage, conversationLeadId: number | null): Promise<Sender> {
  const [found] = await queryRows<SenderRow>(db, senderLookup(studio, identityOf(message)));
  return senderFromRow(found, message, conversationLeadId) ?? (await recordLead(db, studio, message));
}
