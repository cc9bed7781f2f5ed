/** The staff members a report goes to, by role, each with the channel and address to reach them on. */
import { and, inArray, isNull, eq, asc } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { staff, type Channel, type StaffRole } from '../../db/schema/index.ts';
import { staffAddress } from '../../domain/chat-address.ts';

export interface StaffRecipient {
  staffId: number;
  name: string;
  role: StaffRole;
  channel: Channel;
  address: string;
}

/** Members with any of `roles`; when there are none and `fallBackToOwner`, the owners. */
export async function staffRecipients(db: PulsoDb, studioId: number, roles: StaffRole[], { fallBackToOwner = false } = {}): Promise<StaffRecipient[]> {
  const members = await db
    .select({ id: staff.id, name: staff.name, role: staff.role, phone: staff.phone, telegramChatId: staff.telegramChatId, whatsappJid: staff.whatsappJid })
    .from(staff)
    .where(and(eq(staff.studioId, studioId), isNull(staff.removedAt), inArray(staff.role, fallBackToOwner ? [...roles, 'owner'] : roles)))
    .orderBy(asc(staff.id));
  const wanted = members.filter((member) => roles.includes(member.role));
  const chosen = wanted.length > 0 ? wanted : members;
  return chosen.map((member) => ({ staffId: member.id, name: member.name, role: member.role, ...staffAddress(member) }));
}
