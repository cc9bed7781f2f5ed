/**
 * Relationship component of health: tenure and value. Tenure score = months as a client × 100 / 12
 * (a year or more is 100); value score = 50 × monthly value / the studio's median monthly value (the
 * median client scores 50, twice the median 100). Score = 0,6 · tenure + 0,4 · value, or tenure alone
 * when the value is unknown. Example: 6 months, value equal to the median → 0,6·50 + 0,4·50 = 50.
 */
import { formatPercent } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { ScoredSignals } from '../client-signals.ts';
import { clampScore, type ComponentScore } from './component-score.ts';

const file = 'reasons/health.md';
const daysPerMonth = 30.44;

export function relationshipScore(signals: ScoredSignals, monthlyValueCents: number | null, medianMonthlyValueCents: number | null): ComponentScore {
  if (signals.tenureDays === null) return { score: null, explanation: say(file, 'no-data') };
  const months = Math.max(0, Math.floor(signals.tenureDays / daysPerMonth));
  const tenure = Math.min(100, ((signals.tenureDays / daysPerMonth) * 100) / 12);
  if (monthlyValueCents === null || !medianMonthlyValueCents) {
    return { score: clampScore(tenure), explanation: say(file, 'relationship-tenure', { months }) };
  }
  const ratio = monthlyValueCents / medianMonthlyValueCents;
  const value = Math.min(100, 50 * ratio);
  return { score: clampScore(0.6 * tenure + 0.4 * value), explanation: say(file, 'relationship', { months, ratio: formatPercent(ratio, 0) }) };
}
