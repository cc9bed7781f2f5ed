/**
 * Top contributor to a change: which plan family, consultant or payment method moved the most money
 * between two periods, in the direction of the total change.
 *
 *   delta_k = current_k − previous_k,   share_k = delta_k / (current total − previous total)
 *
 * Said only when the total changed notably (|change| ≥ 10 %, as change.ts) and one key carries at
 * least 40 % of it; strength = 0,9 × (|relative change| / 10 %) × min(share, 1), so it ranks just below
 * the change it explains. A share above 100 % (the others moved the other way) is said as "all of
 * it", not as a percentage over 100. Keys missing from a period count as 0 there.
 * Example: R$ 40.000,00 → R$ 46.000,00, calistenia +R$ 4.500,00 → share 75 %, strength 0,9 × 1,5 × 0,75 ≈ 1,01.
 */
import { money, percent, text } from '../fact.ts';
import { notableChange, relativeChange } from './change.ts';
import { sentimentOf, type Direction, type Insight } from './insight.ts';

export interface Part {
  key: string;
  cents: number;
}

const minimumShare = 0.4;

export function topContributorInsight(subject: string, dimension: string, current: readonly Part[], previous: readonly Part[], direction: Direction): Insight | null {
  const total = (parts: readonly Part[]) => parts.reduce((sum, part) => sum + part.cents, 0);
  const totalDelta = total(current) - total(previous);
  const change = relativeChange(total(current), total(previous));
  if (change === null || Math.abs(change) < notableChange) return null;
  const before = new Map(previous.map((part) => [part.key, part.cents]));
  const keys = [...new Set([...current.map((part) => part.key), ...previous.map((part) => part.key)])].sort();
  const now = new Map(current.map((part) => [part.key, part.cents]));
  const deltas = keys.map((key) => ({ key, delta: (now.get(key) ?? 0) - (before.get(key) ?? 0) }));
  const top = deltas.filter((entry) => Math.sign(entry.delta) === Math.sign(totalDelta)).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
  if (!top) return null;
  const share = top.delta / totalDelta;
  if (share < minimumShare) return null;
  return {
    kind: 'contributor',
    subject: `${subject}-by-${dimension}`,
    sentiment: sentimentOf(totalDelta, direction),
    strength: 0.9 * (Math.abs(change) / notableChange) * Math.min(share, 1),
    textKey: `contributor-${dimension}-${totalDelta > 0 ? 'up' : 'down'}${share > 1 ? '-all' : ''}`,
    facts: [text('key', top.key), money('delta', Math.abs(top.delta)), ...(share > 1 ? [] : [percent('share', share, 0)])],
  };
}
