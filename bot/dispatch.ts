/** Runs the handler of the recognised intent: a staff command, a staff courtesy, or the lead flow. */
import { greeting } from '../narrate/greeting.ts';
import { say } from '../prompts/catalog.ts';
import { blocked } from './commands/blocked.ts';
import { clientCard } from './commands/client-card.ts';
import { consultants } from './commands/consultants.ts';
import { funnel } from './commands/funnel.ts';
import { giveBack, takeOver } from './commands/hand-over.ts';
import { help } from './commands/help.ts';
import { more } from './commands/more.ts';
import { recordOutcome } from './commands/record-outcome.ts';
import { renewals } from './commands/renewals.ts';
import { revenue } from './commands/revenue.ts';
import { riskToday } from './commands/risk-today.ts';
import { summary } from './commands/summary.ts';
import { whatIf } from './commands/what-if.ts';
import type { BotContext, Middleware } from './context.ts';
import type { StaffIntent } from './intents/intent.ts';
import { leadReply } from './lead/lead-reply.ts';
import { isStaffIntent } from './permissions.ts';

const staffCommands: Record<StaffIntent, (context: BotContext) => Promise<void>> = {
  'risk-today': riskToday,
  'client-card': (context) => clientCard(context, context.chosenClient?.customerId),
  renewals,
  blocked,
  summary,
  funnel,
  consultants,
  revenue,
  help,
  'record-outcome': (context) => recordOutcome(context, context.chosenClient?.customerId, context.chosenClient?.outcome),
  'take-over': takeOver,
  'give-back': giveBack,
  more,
  'what-if': whatIf,
};

export const dispatch: Middleware = async (context, next) => {
  const { intent } = context.recognition;
  const member = context.sender.staff;
  if (isStaffIntent(intent)) await staffCommands[intent](context);
  else if (member && intent === 'greeting') context.reply(say('bot.md', 'staff-greeting', { greeting: greeting(context.hour), name: member.name.split(' ')[0]! }));
  else if (member && intent === 'thanks') context.reply(say('bot.md', 'staff-thanks'));
  else if (member && intent === 'unknown') context.reply(say('bot.md', 'staff-not-understood'));
  else await leadReply(context);
  await next();
};
