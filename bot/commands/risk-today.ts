/** "Quem está em risco hoje": the ranked list with reasons, what to do and the ready message. */
import { atRiskList, type AtRiskList } from '../../analytics/at-risk-list.ts';
import type { DailySnapshot } from '../../analytics/daily-snapshot.ts';
import { riskListItem, riskListText } from '../../narrate/risk-list.ts';
import type { BotContext } from '../context.ts';

/** A chat answer names the top of the list; the rest is on the dashboard and in `pulso risk`. */
const shown = 10;

/** The list of a snapshot is ranked once: the snapshot object is the same until its data changes. */
const ranked = new WeakMap<DailySnapshot, AtRiskList>();

export async function riskToday(context: BotContext): Promise<void> {
  const { studio, asOf } = context;
  const snapshot = await context.snapshots.get(asOf);
  let list = ranked.get(snapshot);
  if (!list) ranked.set(snapshot, (list = atRiskList(snapshot.scores, studio.settings.risk, asOf, shown)));
  const item = (score: (typeof list.items)[number]) => riskListItem(score, studio, asOf);
  context.reply(riskListText(asOf, list.items.map(item), list.followingUp.map(item), studio.settings.risk.followUpDays));
}
