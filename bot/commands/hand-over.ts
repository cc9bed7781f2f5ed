/**
 * "Assumir conversa 12" hands a lead's conversation to the staff member who asked (the bot stays
 * silent in it); "devolver conversa 12" gives it back to the bot.
 */
import { and, eq, sql } from 'drizzle-orm';
import { conversations } from '../../db/schema/index.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

async function setHandler(context: BotContext, handledBy: 'bot' | 'staff'): Promise<void> {
  const query = context.recognition.subject ?? '';
  const id = Number(query.replace(/\D/g, ''));
  const [updated] = Number.isSafeInteger(id) && id > 0
    ? await context.db
        .update(conversations)
        .set(handledBy === 'staff'
          ? { handledBy, assignedStaffId: context.sender.staff?.id ?? null, handedOffAt: sql`coalesce(${conversations.handedOffAt}, ${context.message.receivedAt.toISOString()}::timestamptz)` }
          : { handledBy, assignedStaffId: null })
        .where(and(eq(conversations.studioId, context.studio.id), eq(conversations.id, id)))
        .returning({ id: conversations.id })
    : [];
  if (!updated) context.reply(say('bot.md', 'no-conversation', { query }));
  else context.reply(say('bot.md', handledBy === 'staff' ? 'taken-over' : 'given-back', { conversation: updated.id }));
}

export const takeOver = (context: BotContext) => setHandler(context, 'staff');
export const giveBack = (context: BotContext) => setHandler(context, 'bot');
