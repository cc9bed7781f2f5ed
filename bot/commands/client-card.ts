/** "Ficha da Carla" / "ficha 1002": one client's card, or a numbered choice when several match. */
import { clientDetails } from '../../analytics/queries/client-details.ts';
import { clientCardOf, clientCardText } from '../../narrate/client-card.ts';
import type { BotContext } from '../context.ts';
import { resolveClient } from './resolve-client.ts';

export async function clientCard(context: BotContext, chosenCustomerId?: number): Promise<void> {
  const { studio, asOf } = context;
  const snapshot = await context.snapshots.get(asOf);
  const score = await resolveClient(context, snapshot.scores, { purpose: 'client-card' }, chosenCustomerId);
  if (!score) return;
  const details = (await clientDetails(context.db, studio.id, [score.customerId], asOf)).get(score.customerId);
  context.reply(clientCardText(clientCardOf(score, details, studio, asOf)));
}
