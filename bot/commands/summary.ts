/**
 * "Resumo de ontem": the owner's morning briefing, the same facts and the same checks (narrated by
 * the LLM when one is configured); "resumo do mês": the month's revenue and the consultants' league.
 */
import { formatDate } from '../../domain/brazilian-format.ts';
import { ownerBriefing } from '../../narrate/briefing/owner-briefing.ts';
import type { BotContext } from '../context.ts';
import { consultantsText } from './consultants.ts';
import { revenueText } from './revenue.ts';

export async function summary(context: BotContext): Promise<void> {
  const { db, studio, asOf } = context;
  if (context.recognition.period === 'month') {
    const snapshot = await context.snapshots.get(asOf);
    context.reply(`${revenueText(snapshot, asOf)}\n\n${consultantsText(snapshot.metrics.details.consultantLeague as Parameters<typeof consultantsText>[0], formatDate(asOf))}`);
    return;
  }
  const occasion = { hour: context.hour, frontDeskAlert: studio.settings.schedule.frontDeskAlert };
  const briefing = await ownerBriefing(db, studio, asOf, { occasion, channel: context.channel, model: context.model });
  context.reply(briefing.text);
}
