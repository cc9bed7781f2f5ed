/**
 * What the router tells a staff member (a lead asking for a person, a trial booked) goes through the
 * outbox like every other message, so it survives a crash and reaches the staff member's channel even
 * when another process holds that channel's connection.
 */
import { eq } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { staff } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import type { StaffNotification } from '../context.ts';
import { enqueue, type QueuedMessage } from '../../db/outbox-queue.ts';
import { staffAddress } from '../../domain/chat-address.ts';

/** `sourceKey` names what caused them (the inbound message), so a message handled twice notifies once. */
export async function queueStaffNotifications(db: PulsoDb, studio: Studio, notifications: StaffNotification[], sourceKey: string, at: Date): Promise<void> {
  const messages: QueuedMessage[] = [];
  for (const [index, notification] of notifications.entries()) {
    const [member] = await db.select({ phone: staff.phone, telegramChatId: staff.telegramChatId, whatsappJid: staff.whatsappJid }).from(staff).where(eq(staff.id, notification.staffId));
    if (!member) continue;
    const { channel, address } = staffAddress(member);
    messages.push({
      channel,
      recipient: address,
      idempotencyKey: `notification:${sourceKey}:${index}:staff:${notification.staffId}`,
      audience: 'staff',
      purpose: 'staff-notification',
      payload: { kind: 'text', text: notification.text },
      dueAt: at,
      staffId: notification.staffId,
    });
  }
  await enqueue(db, studio.id, messages);
}
