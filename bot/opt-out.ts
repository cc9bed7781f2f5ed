/**
 * LGPD and WhatsApp's rules (DOMAIN.md §5): "SAIR", "PARAR", "STOP", "CANCELAR MENSAGENS" stop every
 * message to that address at once, confirmed once; afterwards the bot stays silent there (the
 * messages are still logged) until the person writes "voltar". On WhatsApp the chat's address may be
 * a privacy id (…@lid) while the outbox writes to the phone's address, so both are recorded.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { leads, optOuts } from '../db/schema/index.ts';
import { leadOptOut } from '../narrate/lead-answers.ts';
import { say } from '../prompts/catalog.ts';
import type { Middleware } from './context.ts';
import { optOutMessages } from './intents/rules.ts';
import { normalizeText } from './normalize.ts';
import { whatsappAddress } from '../domain/chat-address.ts';
import type { InboundMessage } from './transport.ts';

/** Every address this sender can be written to on the message's channel. */
function addressesOf(message: InboundMessage): string[] {
  const byPhone = message.channel === 'whatsapp' && message.phone ? whatsappAddress(message.phone) : null;
  return byPhone && byPhone !== message.address ? [message.address, byPhone] : [message.address];
}

export const honourOptOut: Middleware = async (context, next) => {
  const { db, studio, message } = context;
  const text = normalizeText(message.text);
  const addresses = addressesOf(message);
  const where = and(eq(optOuts.studioId, studio.id), eq(optOuts.channel, message.channel), inArray(optOuts.address, addresses));
  if (optOutMessages.has(text)) {
    context.recognition = { intent: 'opt-out', confidence: 1 };
    const keyword = message.text.trim().toUpperCase();
    const created = await db
      .insert(optOuts)
      .values(addresses.map((address) => ({ studioId: studio.id, channel: message.channel, address, keyword, createdAt: message.receivedAt, confirmedAt: message.receivedAt })))
      .onConflictDoNothing()
      .returning({ id: optOuts.id, address: optOuts.address });
    if (context.sender.leadId !== null) await db.update(leads).set({ optedOutAt: message.receivedAt }).where(eq(leads.id, context.sender.leadId));
    if (created.some((row) => row.address === message.address)) context.reply(leadOptOut());
    return;
  }
  if (!context.conversation.optedOut) return next();
  if (text === 'voltar') {
    await db.delete(optOuts).where(where);
    if (context.sender.leadId !== null) await db.update(leads).set({ optedOutAt: null }).where(eq(leads.id, context.sender.leadId));
    context.reply(say('bot.md', 'opt-in'));
  }
};
