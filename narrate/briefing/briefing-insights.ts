/**
 * The briefing's insight candidates from its inputs, ranked: what drove the change of the month's
 * revenue against the same days of the last month (the change itself is already the briefing's
 * revenue line, so it is not repeated), the active base, blocked clients and MRR against
 * a week ago, yesterday's revenue against the same weekday of the last twelve weeks, concentration of
 * the month's revenue in one plan or consultant, and records.
 */
import { addDays } from '../../domain/calendar-date.ts';
import { anomalyInsight } from '../insights/anomaly.ts';
import { changeInsight } from '../insights/change.ts';
import { concentrationInsight } from '../insights/concentration.ts';
import { topContributorInsight } from '../insights/contributors.ts';
import type { Insight } from '../insights/insight.ts';
import { rankInsights } from '../insights/rank.ts';
import { bestDayInYearInsight, monthRecordInsight } from '../insights/records.ts';
import { monthName } from '../calendar-words.ts';
import type { BriefingInputs } from './briefing-inputs.ts';

const anomalyWeeks = 12;
/** A month's record is news during the first week of the next month. */
const monthRecordNewsDays = 7;

function sameWeekdayBefore(inputs: BriefingInputs) {
  const byDate = new Map(inputs.dailyRevenue.map((day) => [day.date, day.revenueCents]));
  return Array.from({ length: anomalyWeeks }, (_, week) => addDays(inputs.yesterday, -7 * (anomalyWeeks - week)))
    .filter((date) => byDate.has(date))
    .map((date) => ({ date, value: byDate.get(date)! }));
}

function monthRecord(inputs: BriefingInputs): Insight | null {
  if (Number(inputs.yesterday.slice(8, 10)) > monthRecordNewsDays) return null;
  const complete = inputs.monthlyRevenue.filter((month) => month.month < inputs.yesterday.slice(0, 7));
  const closed = complete.at(-1);
  if (!closed) return null;
  return monthRecordInsight({ month: closed.month, label: monthName(closed.month), cents: closed.revenueCents }, complete.slice(-12, -1).map((month) => ({ cents: month.revenueCents })));
}

export function briefingInsights(inputs: BriefingInputs): Insight[] {
  const month = inputs.monthToDate;
  const before = inputs.previousMonthSameDays;
  const yesterday = inputs.dailyRevenue.at(-1);
  const weekAgo = inputs.weekAgo;
  return rankInsights([
    topContributorInsight('revenue-month-to-date', 'family', month.byFamily, before.byFamily, 'up-is-good'),
    topContributorInsight('revenue-month-to-date', 'consultant', month.byConsultant, before.byConsultant, 'up-is-good'),
    topContributorInsight('revenue-month-to-date', 'method', month.byPaymentMethod, before.byPaymentMethod, 'up-is-good'),
    weekAgo && changeInsight({ subject: 'active', unit: 'count', current: inputs.metrics.activeCustomers, previous: weekAgo.activeCustomers, direction: 'up-is-good' }),
    weekAgo && changeInsight({ subject: 'blocked', unit: 'count', current: inputs.metrics.blockedCustomers, previous: weekAgo.blockedCustomers, direction: 'down-is-good' }),
    weekAgo && changeInsight({ subject: 'mrr', unit: 'money', current: inputs.metrics.activeMrrCents, previous: weekAgo.activeMrrCents, direction: 'up-is-good' }),
    yesterday ? anomalyInsight('revenue-day', { date: yesterday.date, value: yesterday.revenueCents }, sameWeekdayBefore(inputs), 'up-is-good') : null,
    concentrationInsight('plan', month.byPlan),
    concentrationInsight('consultant', month.byConsultant),
    yesterday ? bestDayInYearInsight({ date: yesterday.date, cents: yesterday.revenueCents }, inputs.dailyRevenue.slice(0, -1).map((day) => ({ cents: day.revenueCents }))) : null,
    monthRecord(inputs),
  ]);
}
