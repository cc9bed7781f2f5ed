/** "Ficha da Carla" / "ficha 1002": one client's card, or a numbered choice when several match. */
import { clientDetails } from '../../analytics/queries/client-details.ts';
import { clientCardText } from '../../narrate/client-card.ts';
import { playbookMessage } from '../../narrate/playbook-message.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import { resolveClient } from './resolve-client.ts';

export async function clientCard(context: BotContext, chosenCustomerId?: number): Promise<void> {
  const { studio, asOf } = context;
  const snapshot = await context.snapshots.get(asOf);
  const score = await resolveClient(context, snapshot.scores, { purpose: 'client-card' }, chosenCustomerId);
  if (!score) return;
  const details = (await clientDetails(context.db, studio.id, [score.customerId], asOf)).get(score.customerId);
  context.reply(
    clientCardText({
      code: score.code,
      name: score.name,
      status: score.status ?? say('client-card.md', 'status-unknown'),
      planName: details?.planName ?? null,
      contractEndsOn: details?.contractEndsOn ?? null,
      monthlyValueCents: score.monthlyValueCents,
      health: score.health,
      healthBand: score.healthBand,
      healthComponents: score.healthComponents,
      risk: score.risk,
      riskCategory: score.riskCategory,
      reasons: score.riskPoints.map((point) => point.reason),
      attendance: details?.attendance ?? null,
      lastPaymentOn: details?.lastPaymentOn ?? null,
      lastContactedOn: score.lastContactedOn,
      playbook: score.playbook,
      message: score.playbook ? playbookMessage(score.playbook, score, studio, asOf) : null,
    }),
  );
}
