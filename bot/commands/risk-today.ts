/** "Quem está em risco hoje": the ranked list with reasons, what to do and the ready message. */
import { atRiskList } from '../../analytics/at-risk-list.ts';
import type { DailySnapshot } from '../../analytics/daily-snapshot.ts';
import { riskListItem, riskListText } from '../../narrate/risk-list.ts';
import type { BotContext } from '../context.ts';

/** A chat answer names the top of the list; the rest is on the dashboard and in `pulso risk`. */
const shown = 10;

/**
 * The answer of a snapshot is ranked and written once: the snapshot object is the same until its data
 * changes (a new import, a stored snapshot, a new action: `snapshot-cache.ts`), and the text depends
 * only on it, its date and the studio's settings, which are kept with it and compared.
 */
const answers = new WeakMap<DailySnapshot, { asOf: string; settings: unknown; name: string; text: string }>();

export async function riskToday(context: BotContext): Promise<void> {
  const { studio, asOf } = context;
  const snapshot = await context.snapshots.get(asOf);
  let answer = answers.get(snapshot);
  if (!answer || answer.asOf !== asOf || answer.settings !== studio.settings || answer.name !== studio.name) {
    const list = atRiskList(snapshot.scores, studio.settings.risk, asOf, shown);
    const item = (score: (typeof list.items)[number]) => riskListItem(score, studio, asOf);
    const text = riskListText(asOf, list.items.map(item), list.followingUp.map(item), studio.settings.risk.followUpDays);
    answers.set(snapshot, (answer = { asOf, settings: studio.settings, name: studio.name, text }));
  }
  context.reply(answer.text);
}
