/**
 * Concentration: one plan or one consultant bringing more than half of the period's revenue, a
 * dependence the owner should know about.
 *
 *   share = largest part / total,   said when share > 50 % and there are at least two parts,
 *   strength = share / 50 %
 *
 * Example: consultant Ana R$ 30.000,00 of R$ 40.000,00 → share 75 %, strength 1,5.
 */
import { money, percent, text } from '../fact.ts';
import type { Part } from './contributors.ts';
import type { Insight } from './insight.ts';

const concentrated = 0.5;

export function concentrationInsight(dimension: string, parts: readonly Part[]): Insight | null {
  const positive = parts.filter((part) => part.cents > 0);
  const total = positive.reduce((sum, part) => sum + part.cents, 0);
  if (positive.length < 2 || total <= 0) return null;
  const top = [...positive].sort((a, b) => b.cents - a.cents || a.key.localeCompare(b.key, 'pt-BR'))[0]!;
  const share = top.cents / total;
  if (share <= concentrated) return null;
  return {
    kind: 'concentration',
    subject: `revenue-by-${dimension}`,
    sentiment: 'neutral',
    strength: share / concentrated,
    textKey: `concentration-${dimension}`,
    facts: [text('key', top.key), money('cents', top.cents), percent('share', share, 0)],
  };
}
