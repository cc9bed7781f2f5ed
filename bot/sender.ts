/**
 * Who wrote: a staff member (by phone, Telegram chat or WhatsApp JID), a client (by phone), or else a
 * lead, recorded on first contact so the funnel starts at "novo". Staff are recognised only by channel
 * identity, never by what a message claims ("sou a dona").
 */
import { and, eq, isNull, or } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import { customers, leads, staff } from '../db/schema/index.ts';
import type { StaffMember } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import type { Sender } from './context.ts';
import type { InboundMessage } from './transport.ts';

const staffColumns = { id: staff.id, phone: staff.phone, name: staff.name, role: staff.role, createdAt: staff.createdAt };

async function staffMember(db: PulsoDb, studioId: number, message: InboundMessage): Promise<StaffMember | undefined> {
  const identities = [
    ...(message.phone ? [eq(staff.phone, message.phone)] : []),
    ...(message.channel === 'telegram' ? [eq(staff.telegramChatId, message.address)] : []),
    ...(message.channel === 'whatsapp' ? [eq(staff.whatsappJid, message.address)] : []),
  ];
  if (identities.length === 0) return undefined;
  const [member] = await db.select(staffColumns).from(staff).where(and(eq(staff.studioId, studioId), isNull(staff.removedAt), or(...identities))).limit(1);
  return member;
}

/** `conversationLeadId`: the lead already linked to this chat (a Telegram lead has no phone). */
export async function identifySender(db: PulsoDb, studio: Studio, message: InboundMessage, conversationLeadId: number | null): Promise<Sender> {
  const member = await staffMember(db, studio.id, message);
  if (member) return { role: member.role, staff: member, customerId: null, leadId: null };
  if (message.phone) {
    const [client] = await db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.studioId, studio.id), eq(customers.phone, message.phone), isNull(customers.erasedAt)))
      .limit(1);
    if (client) return { role: 'client', staff: null, customerId: client.id, leadId: null };
    const [known] = await db.select({ id: leads.id }).from(leads).where(and(eq(leads.studioId, studio.id), eq(leads.phone, message.phone), isNull(leads.erasedAt))).limit(1);
    if (known) return { role: 'lead', staff: null, customerId: null, leadId: known.id };
  } else if (conversationLeadId !== null) {
    return { role: 'lead', staff: null, customerId: null, leadId: conversationLeadId };
  }
  const [created] = await db.insert(leads).values({ studioId: studio.id, phone: message.phone, origin: message.channel, lastInboundAt: message.receivedAt }).returning({ id: leads.id });
  return { role: 'lead', staff: null, customerId: null, leadId: created!.id };
}
