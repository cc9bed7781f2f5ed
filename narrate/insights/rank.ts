/**
 * The insights worth saying, best first: strength at least 1, ordered by strength, ties broken by
 * kind (a change before an anomaly before a record...) and subject, so the same data always gives
 * the same briefing. At most two of one kind, so that three ways of saying one change do not push out
 * a different piece of news. The briefing takes the first three.
 */
import type { Insight, InsightKind } from './insight.ts';

const kindOrder: InsightKind[] = ['change', 'anomaly', 'record', 'contributor', 'concentration'];

const perKind = 2;

export function rankInsights(candidates: readonly (Insight | null)[], limit = 3): Insight[] {
  const ranked = candidates
    .filter((insight): insight is Insight => insight !== null && insight.strength >= 1)
    .sort((a, b) => b.strength - a.strength || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.subject.localeCompare(b.subject));
  const chosen: Insight[] = [];
  for (const insight of ranked) {
    if (chosen.length < limit && chosen.filter((other) => other.kind === insight.kind).length < perKind) chosen.push(insight);
  }
  return chosen;
}
