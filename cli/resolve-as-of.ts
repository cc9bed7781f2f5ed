import type { Studio } from '../db/studio.ts';
import { calendarDateAt, type CalendarDate } from '../domain/calendar-date.ts';
import { parseAsOf } from './as-of.ts';

/** --as-of when given, else today in the studio's time zone: the command line is where the clock is read. */
export function resolveAsOf(option: string | undefined, studio: Pick<Studio, 'timeZone'>): CalendarDate {
  return option === undefined ? calendarDateAt(new Date(), studio.timeZone) : parseAsOf(option);
}
