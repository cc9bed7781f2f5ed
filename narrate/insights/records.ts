/**
 * Records: yesterday the best day of revenue in a year, or the month that just closed the best or the
 * worst in a year. A record needs a year to mean something: the day needs 365 days of history with
 * sales in at least 180 of them; the month needs the 11 months before it. Worst days are not
 * records (a studio closed on Sundays has a "worst day" every week). Strength 1,5: a record is news,
 * but a large change or an anomaly can still be bigger news.
 * Example: yesterday R$ 5.200,00 and no day of the previous 364 above R$ 4.900,00 → best day in a year.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { date, money, text } from '../fact.ts';
import type { Insight } from './insight.ts';

const recordStrength = 1.5;
const minimumDaysWithSales = 180;

export function bestDayInYearInsight(day: { date: CalendarDate; cents: number }, previousDays: readonly { cents: number }[]): Insight | null {
  if (previousDays.length < 364 || previousDays.filter((entry) => entry.cents > 0).length < minimumDaysWithSales) return null;
  const previousBest = Math.max(...previousDays.map((entry) => entry.cents));
  if (day.cents <= previousBest) return null;
  return {
    kind: 'record',
    subject: 'revenue-day',
    sentiment: 'good',
    strength: recordStrength,
    textKey: 'record-revenue-day-best',
    facts: [date('day', day.date), money('value', day.cents), money('previousBest', previousBest)],
  };
}

/** `month` is the month that just closed ("2026-10"), `previousMonths` the 11 before it. */
export function monthRecordInsight(month: { month: string; label: string; cents: number }, previousMonths: readonly { cents: number }[]): Insight | null {
  if (previousMonths.length < 11) return null;
  const values = previousMonths.map((entry) => entry.cents);
  const best = month.cents > Math.max(...values);
  const worst = month.cents < Math.min(...values);
  if (!best && !worst) return null;
  return {
    kind: 'record',
    subject: 'revenue-month',
    sentiment: best ? 'good' : 'bad',
    strength: recordStrength,
    textKey: best ? 'record-revenue-month-best' : 'record-revenue-month-worst',
    facts: [text('month', month.label), money('value', month.cents)],
  };
}
