/** "Ajuda": what this staff member may ask, by role. */
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import { staffPermissions } from '../permissions.ts';

const listed = ['risk-today', 'client-card', 'renewals', 'blocked', 'summary', 'funnel', 'consultants', 'revenue', 'what-if', 'record-outcome', 'take-over'] as const;

export async function help(context: BotContext): Promise<void> {
  const role = context.sender.staff?.role;
  if (!role) return;
  const allowed = listed.filter((intent) => staffPermissions[role].includes(intent));
  context.reply([say('bot.md', 'help-title'), ...allowed.map((intent) => say('bot.md', `help-${intent}`))].join('\n'));
}
