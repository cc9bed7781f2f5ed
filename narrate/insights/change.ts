/**
 * Change over the previous comparable period (this month's days so far against the same days of the
 * last month; today's count against the count a week before).
 *
 *   relative change = (current − previous) / previous,   strength = |relative change| / 10 %
 *
 * Notable from 10 % and, for counts, a difference of at least 3 (2 → 3 blocked clients is +50 % and
 * still no news). A previous value of 0 gives no ratio, so no insight. Strength is capped at 5 so
 * that one huge ratio on a small base cannot push everything else out.
 * Example: revenue R$ 46.000,00 against R$ 40.000,00 → +15 %, strength 1,5, good news.
 */
import { count, money, percent, type Fact } from '../fact.ts';
import { sentimentOf, type Direction, type Insight } from './insight.ts';

export interface ComparedMeasure {
  subject: string;
  unit: 'money' | 'count';
  current: number;
  previous: number;
  direction: Direction;
}

export const notableChange = 0.1;
const minimumCountDifference = 3;
const maximumStrength = 5;

export function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

export function changeInsight(measure: ComparedMeasure): Insight | null {
  const change = relativeChange(measure.current, measure.previous);
  if (change === null || Math.abs(change) < notableChange) return null;
  if (measure.unit === 'count' && Math.abs(measure.current - measure.previous) < minimumCountDifference) return null;
  const asFact = (key: string, value: number): Fact => (measure.unit === 'money' ? money(key, value) : count(key, value));
  return {
    kind: 'change',
    subject: measure.subject,
    sentiment: sentimentOf(change, measure.direction),
    strength: Math.min(Math.abs(change) / notableChange, maximumStrength),
    textKey: `change-${measure.subject}-${change > 0 ? 'up' : 'down'}`,
    facts: [asFact('current', measure.current), asFact('previous', measure.previous), percent('change', Math.abs(change))],
  };
}
