/**
 * Hands a lead's conversation to a person: the bot falls silent in it and the front desk (the
 * secretaries; else the managers; else the owner) gets a summary with the way to take it over.
 */
import { eq } from 'drizzle-orm';
import { conversations, leads } from '../../db/schema/index.ts';
import { listStaff } from '../../db/staff-directory.ts';
import { maskPhone } from '../../domain/phone.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

export type HandoffReason = 'asked' | 'misunderstood' | 'negotiation' | 'missing-facts';

/** Who hears about leads: the front desk first, then whoever runs the studio. */
export async function onDutyStaff(context: BotContext) {
  const team = await listStaff(context.db, context.studio.id);
  for (const role of ['secretary', 'manager', 'owner'] as const) {
    const members = team.filter((member) => member.role === role);
    if (members.length) return members;
  }
  return [];
}

export async function leadLabel(context: BotContext): Promise<string> {
  const leadId = context.sender.leadId;
  const [lead] = leadId ? await context.db.select({ name: leads.name, phone: leads.phone }).from(leads).where(eq(leads.id, leadId)) : [];
  return lead?.name ?? (lead?.phone ? maskPhone(lead.phone) : say('bot.md', 'unknown-lead'));
}

export async function handOff(context: BotContext, reason: HandoffReason): Promise<void> {
  await context.db
    .update(conversations)
    .set({ handledBy: 'staff', handedOffAt: context.message.receivedAt, handoffReason: reason })
    .where(eq(conversations.id, context.conversation.id));
  context.conversation.handledBy = 'staff';
  const text = say('bot.md', 'handoff-lead', {
    lead: await leadLabel(context),
    reason: say('bot.md', `handoff-reason-${reason}`),
    text: context.message.text.slice(0, 300),
    conversation: context.conversation.id,
  });
  for (const member of await onDutyStaff(context)) context.notifications.push({ staffId: member.id, text });
}
