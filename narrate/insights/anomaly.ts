/**
 * Unusual day: yesterday's value against the same weekday of the previous weeks (a Saturday is
 * compared with Saturdays, because a studio's week has a shape), by the robust z-score of
 * analytics/models/anomalies.ts over those weeks plus yesterday. Anomalous when |z| > 3,5
 * (Iglewicz & Hoaglin); strength = |z| / 3,5. At least 8 earlier weeks are needed, else nothing is said.
 * Example: Mondays of R$ 1.000,00 give or take R$ 100,00, then a Monday of R$ 3.000,00 → z ≈ 13,5,
 * strength ≈ 3,9, good news for revenue.
 */
import { robustZScores, type DailyValue } from '../../analytics/models/anomalies.ts';
import { date, measure, money } from '../fact.ts';
import { sentimentOf, type Direction, type Insight } from './insight.ts';

export const anomalyThreshold = 3.5;
export const minimumWeeks = 8;

export function anomalyInsight(subject: string, day: DailyValue, sameWeekdayBefore: readonly DailyValue[], direction: Direction): Insight | null {
  if (sameWeekdayBefore.length < minimumWeeks) return null;
  const report = robustZScores([...sameWeekdayBefore, day], anomalyThreshold);
  const z = report.days.at(-1)!.z;
  if (Math.abs(z) <= anomalyThreshold) return null;
  return {
    kind: 'anomaly',
    subject,
    sentiment: sentimentOf(z, direction),
    strength: Math.abs(z) / anomalyThreshold,
    textKey: `anomaly-${subject}-${z > 0 ? 'high' : 'low'}`,
    facts: [date('day', day.date), money('value', day.value), money('typical', Math.round(report.median)), measure('zScore', Math.round(z * 10) / 10)],
  };
}
