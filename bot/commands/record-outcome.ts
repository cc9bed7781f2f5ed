/**
 * "Contatei a Carla", "Carla renovou", "sem resposta Carla": an action and its outcome, recorded by the
 * staff member, the same way the dashboard's buttons record it (db/staff-outcomes.ts). The next
 * import may still confirm a renewal with its revenue.
 */
import { recordStaffOutcome } from '../../db/staff-outcomes.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import type { Outcome } from '../intents/intent.ts';
import { resolveClient } from './resolve-client.ts';

const storedOutcome = { contacted: 'contacted', renewed: 'renewed', 'no-answer': 'no_answer' } as const;

export async function recordOutcome(context: BotContext, chosenCustomerId?: number, chosenOutcome?: Outcome): Promise<void> {
  const { db, studio, message } = context;
  const outcome = chosenOutcome ?? context.recognition.outcome ?? 'contacted';
  const snapshot = await context.snapshots.get(context.asOf);
  const score = await resolveClient(context, snapshot.scores, { purpose: 'record-outcome', outcome }, chosenCustomerId);
  if (!score) return;
  await recordStaffOutcome(db, {
    studioId: studio.id, customerId: score.customerId, playbook: score.playbook, staffId: context.sender.staff?.id ?? null, outcome: storedOutcome[outcome], at: message.receivedAt,
  });
  context.reply(say('bot.md', `outcome-${outcome}`, { name: score.name ?? '', code: score.code }));
}
