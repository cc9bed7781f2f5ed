/**
 * Who wrote: a staff member (by phone, Telegram chat or WhatsApp JID), a client (by phone), or else a
 * lead, recorded on first contact so the funnel starts at "novo". Staff are recognised only by channel
 * identity, never by what a message claims ("sou a dona").
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { leads } from '../db/schema/index.ts';
import type { StaffMember } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import type { InboundMessage } from './transport.ts';

/** `conversationLeadId`: the lead already linked to this chat (a Telegram lead has no phone). */
export async function identifySender(db: PulsoDb, studio: Studio, message: InboundMessage, conversationLeadId: number | null): Promise<Sender> {
  const phone = message.phone;
  const identity = sql.join(
    [
      ...(phone ? [sql`s.phone = ${phone}`] : []),
      ...(message.channel === 'telegram' ? [sql`s.telegram_chat_id = ${message.address}`] : []),
      ...(message.channel === 'whatsapp' ? [sql`s.whatsapp_jid = ${message.address}`] : []),
      sql`false`,
    ],
    sql` or `,
  );
  // One round trip: the staff member, else the client, else the lead with this identity.
  const [found] = await queryRows<{ staff_id: number | null; phone: string; name: string; role: StaffMember['role']; created_at: string | Date; customer_id: number | null; lead_id: number | null }>(
    db,
    sql`select s.id as staff_id, s.phone, s.name, s.role, s.created_at,
               ${phone ? sql`(select id from customers where studio_id = ${studio.id} and phone = ${phone} and erased_at is null order by id limit 1)` : sql`null::int`} as customer_id,
               ${phone ? sql`(select id from leads where studio_id = ${studio.id} and phone = ${phone} and erased_at is null order by id limit 1)` : sql`null::int`} as lead_id
        from (select 1) as one
        left join lateral (select id, phone, name, role, created_at from staff s where s.studio_id = ${studio.id} and s.removed_at is null and (${identity}) order by id limit 1) s on true`,
  );
  if (found?.staff_id) {
    const member: StaffMember = { id: found.staff_id, phone: found.phone, name: found.name, role: found.role, createdAt: new Date(found.created_at) };
    return { role: member.role, staff: member, customerId: null, leadId: null };
  }
  if (found?.customer_id) return { role: 'client', staff: null, customerId: found.customer_id, leadId: null };
  if (found?.lead_id) return { role: 'lead', staff: null, customerId: null, leadId: found.lead_id };
  if (!phone && conversationLeadId !== null) return { role: 'lead', staff: null, customerId: null, leadId: conversationLeadId };
  const [created] = await db.insert(leads).values({ studioId: studio.id, phone: message.phone, origin: message.channel, lastInboundAt: message.receivedAt }).returning({ id: leads.id });
  return { role: 'lead', staff: null, customerId: null, leadId: created!.id };
}
