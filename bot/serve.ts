/**
 * Connects the transports to the router: each inbound message is handled and its replies go back
 * through the transport it came from; notifications reach each staff member on the channel linked
 * to them (Telegram, else WhatsApp). Telegram's "/start CODE" links a staff member's chat first.
 */
import { eq } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import { staff } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import { redeemTelegramLinkCode } from '../db/telegram-link-codes.ts';
import { say } from '../prompts/catalog.ts';
import type { StaffNotification } from './context.ts';
import type { Router } from './router.ts';
import type { InboundMessage, Transport } from './transport.ts';

export interface Serving {
  stop(): Promise<void>;
}

const linkCommand = /^\s*(?:\/start|vincular)\s+([A-Za-z0-9]{4}-?[A-Za-z0-9]{4})\s*$/i;

export async function serveTransports(
  { db, studio, router, transports, onError }: { db: PulsoDb; studio: Studio; router: Router; transports: Transport[]; onError: (error: unknown) => void },
): Promise<Serving> {
  const byChannel = new Map(transports.map((transport) => [transport.channel, transport]));

  async function notify(notification: StaffNotification): Promise<void> {
    const [member] = await db.select({ telegram: staff.telegramChatId, whatsapp: staff.whatsappJid, phone: staff.phone }).from(staff).where(eq(staff.id, notification.staffId));
    const telegram = byChannel.get('telegram');
    const whatsapp = byChannel.get('whatsapp');
    const message = { kind: 'text' as const, text: notification.text };
    if (member?.telegram && telegram) await telegram.send(member.telegram, message);
    else if (member && whatsapp) await whatsapp.send(member.whatsapp ?? `${member.phone.slice(1)}@s.whatsapp.net`, message);
  }

  async function receive(transport: Transport, message: InboundMessage): Promise<void> {
    try {
      const link = transport.channel === 'telegram' ? linkCommand.exec(message.text) : null;
      if (link) {
        const member = await redeemTelegramLinkCode(db, studio.id, link[1]!, message.address, message.receivedAt);
        const text = member ? say('bot.md', 'telegram-linked', { name: member.name.split(' ')[0]!, role: say('bot.md', `role-${member.role}`) }) : say('bot.md', 'telegram-link-invalid');
        await transport.send(message.address, { kind: 'text', text });
        return;
      }
      const result = await router.handle(message.text.trim() === '/start' ? { ...message, text: 'oi' } : message);
      for (const reply of result.replies) await transport.send(message.address, reply);
      for (const notification of result.notifications) await notify(notification);
    } catch (error) {
      onError(error);
    }
  }

  for (const transport of transports) await transport.start((message) => receive(transport, message));
  return {
    async stop() {
      for (const transport of transports) await transport.stop();
    },
  };
}
