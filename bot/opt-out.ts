/**
 * LGPD and WhatsApp's rules (DOMAIN.md §5): "SAIR", "PARAR", "STOP", "CANCELAR MENSAGENS" stop every
 * message to that address at once, confirmed once; afterwards the bot stays silent there (the
 * messages are still logged) until the person writes "voltar".
 */
import { and, eq } from 'drizzle-orm';
import { leads, optOuts } from '../db/schema/index.ts';
import { leadOptOut } from '../narrate/lead-answers.ts';
import { say } from '../prompts/catalog.ts';
import type { Middleware } from './context.ts';
import { optOutMessages } from './intents/rules.ts';
import { normalizeText } from './normalize.ts';

export const honourOptOut: Middleware = async (context, next) => {
  const { db, studio, message } = context;
  const text = normalizeText(message.text);
  const where = and(eq(optOuts.studioId, studio.id), eq(optOuts.channel, message.channel), eq(optOuts.address, message.address));
  if (optOutMessages.has(text)) {
    context.recognition = { intent: 'opt-out', confidence: 1 };
    const [created] = await db
      .insert(optOuts)
      .values({ studioId: studio.id, channel: message.channel, address: message.address, keyword: message.text.trim().toUpperCase(), createdAt: message.receivedAt, confirmedAt: message.receivedAt })
      .onConflictDoNothing()
      .returning({ id: optOuts.id });
    if (context.sender.leadId !== null) await db.update(leads).set({ optedOutAt: message.receivedAt }).where(eq(leads.id, context.sender.leadId));
    if (created) context.reply(leadOptOut());
    return;
  }
  if (!context.conversation.optedOut) return next();
  if (text === 'voltar') {
    await db.delete(optOuts).where(where);
    if (context.sender.leadId !== null) await db.update(leads).set({ optedOutAt: null }).where(eq(leads.id, context.sender.leadId));
    context.reply(say('bot.md', 'opt-in'));
  }
};
