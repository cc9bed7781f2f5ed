/**
 * Answers a lead (or a client asking what a lead asks) from the studio's facts: greeting, plans and
 * prices, hours, address, the trial class (the front desk is told), thanks. Asking for a person or
 * negotiating hands the chat to the front desk; so does a second misunderstanding in a row, and a
 * question the studio's facts cannot answer (the answer says a person will reply, and one is told).
 */
import { and, desc, eq } from 'drizzle-orm';
import { importedPlanPrices } from '../../analytics/queries/imported-plan-prices.ts';
import { messages } from '../../db/schema/index.ts';
import { leadAddress, leadGreeting, leadHandoff, leadNotUnderstood, leadPrices, leadSchedule, leadThanks, leadTrial, type LeadFacingStudio } from '../../narrate/lead-answers.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import { handOff, leadLabel, onDutyStaff } from './hand-off.ts';

/** Until the owner registers plans, the imports' latest prices stand in (read only when prices are asked). */
async function leadFacingStudio(context: BotContext): Promise<LeadFacingStudio> {
  const facts = context.studio.settings.facts;
  if (facts.plans.length || context.recognition.intent !== 'prices') return { name: context.studio.name, facts };
  return { name: context.studio.name, facts: { ...facts, plans: await importedPlanPrices(context.db, context.studio.id, context.asOf) } };
}

async function previousIntent(context: BotContext): Promise<string | null> {
  const [last] = await context.db
    .select({ intent: messages.intent })
    .from(messages)
    .where(and(eq(messages.conversationId, context.conversation.id), eq(messages.direction, 'in')))
    .orderBy(desc(messages.occurredAt), desc(messages.id))
    .limit(1);
  return last?.intent ?? null;
}

export async function leadReply(context: BotContext): Promise<void> {
  const { intent } = context.recognition;
  if (context.sender.leadId !== null) context.leadAdvance = { leadId: context.sender.leadId, intent, at: context.message.receivedAt };
  const studio = await leadFacingStudio(context);
  switch (intent) {
    case 'greeting':
      return context.reply(leadGreeting(studio, context.hour));
    case 'prices':
      context.reply(leadPrices(studio));
      return studio.facts.plans.length ? undefined : handOff(context, 'missing-facts');
    case 'schedule':
      context.reply(leadSchedule(studio));
      return studio.facts.openingHours.length ? undefined : handOff(context, 'missing-facts');
    case 'address':
      context.reply(leadAddress(studio));
      return studio.facts.address ? undefined : handOff(context, 'missing-facts');
    case 'thanks':
      return context.reply(leadThanks());
    case 'trial': {
      context.reply(leadTrial(studio));
      const text = say('bot.md', 'trial-requested', { lead: await leadLabel(context), text: context.message.text.slice(0, 300), conversation: context.conversation.id });
      for (const member of await onDutyStaff(context)) context.notifications.push({ staffId: member.id, text });
      return;
    }
    case 'human':
    case 'negotiation':
      context.reply(leadHandoff());
      return handOff(context, intent === 'human' ? 'asked' : 'negotiation');
    default:
      if ((await previousIntent(context)) === 'unknown') {
        context.reply(leadHandoff());
        return handOff(context, 'misunderstood');
      }
      return context.reply(leadNotUnderstood());
  }
}
