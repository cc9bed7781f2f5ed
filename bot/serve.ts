/**
 * Connects the transports to the router: each inbound message is handled and its replies go back
 * through the transport it came from; notifications to staff are queued in the outbox, which sends
 * them on the channel linked to each member (Telegram, else WhatsApp) from whichever process holds
 * it. Telegram's "/start CODE" links a staff member's chat first.
 */
import { randomUUID } from 'node:crypto';
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { redeemTelegramLinkCode } from '../db/telegram-link-codes.ts';
import { say } from '../prompts/catalog.ts';
import { queueStaffNotifications } from './outreach/staff-notifications.ts';
import type { Router } from './router.ts';
import type { InboundMessage, Transport } from './transport.ts';

export interface Serving {
  stop(): Promise<void>;
}

const linkCommand = /^\s*(?:\/start|vincular)\s+([A-Za-z0-9]{4}-?[A-Za-z0-9]{4})\s*$/i;

export async function serveTransports(
  { db, studio, router, transports, onError }: { db: PulsoDb; studio: Studio; router: Router; transports: Transport[]; onError: (error: unknown) => void },
): Promise<Serving> {
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
      const source = `${message.channel}:${message.transportMessageId ?? randomUUID()}`;
      await queueStaffNotifications(db, studio, result.notifications, source, message.receivedAt);
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
