/** "Mais": the next piece of the last long answer. */
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

export async function more(context: BotContext): Promise<void> {
  const [next, ...rest] = context.pending.pages(context.conversation.id);
  context.pending.setPages(context.conversation.id, rest);
  context.reply(next ?? say('bot.md', 'more-none'));
}
