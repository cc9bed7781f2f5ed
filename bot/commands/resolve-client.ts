/**
 * The one client a command is about: from a numbered choice just made, else from the message's
 * subject. None found or no subject: says so. Several: offers a numbered choice and remembers it.
 */
import type { ClientScore } from '../../analytics/score-clients.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import { findClients } from '../find-client.ts';
import type { ClientChoice } from '../pending-replies.ts';

export async function resolveClient(
  context: BotContext,
  scores: readonly ClientScore[],
  purpose: Omit<ClientChoice, 'clients'>,
  chosenCustomerId?: number,
): Promise<ClientScore | null> {
  if (chosenCustomerId !== undefined) return scores.find((score) => score.customerId === chosenCustomerId) ?? null;
  const query = context.recognition.subject;
  if (!query) {
    context.reply(say('bot.md', 'which-client'));
    return null;
  }
  const found = findClients(scores, query);
  if (found.length === 0) {
    context.reply(say('bot.md', 'no-client', { query }));
    return null;
  }
  if (found.length === 1) return scores.find((score) => score.customerId === found[0]!.customerId)!;
  context.pending.setChoice(context.conversation.id, { ...purpose, clients: found.map(({ customerId, code, name }) => ({ customerId, code, name })) });
  context.reply(
    [say('bot.md', 'choose'), ...found.map((client, index) => say('bot.md', 'choice', { position: index + 1, name: client.name ?? '', code: client.code }))].join('\n'),
  );
  return null;
}
