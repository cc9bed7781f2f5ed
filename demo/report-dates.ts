/**
 * The days the exports describe: the main snapshot is as-of; the contract balances are also exported
 * as they were a week earlier (two weekly snapshots); the frequency report covers the 30 days ending
 * at as-of.
 */
import { addDays, weekday, type CalendarDate } from '../domain/calendar-date.ts';

export function previousSnapshotDate(asOf: CalendarDate): CalendarDate {
  return addDays(asOf, -7);
}

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

export function attendancePeriod(asOf: CalendarDate): Period {
  return { from: addDays(asOf, -29), to: asOf };
}

/** Monday of the week holding `date`: Tecnofit's "na semana" columns count from it. */
export function weekStart(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}
