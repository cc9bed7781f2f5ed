import type { Studio } from '../db/studio.ts';
import { calendarDateAt, isCalendarDate, type CalendarDate } from '../domain/calendar-date.ts';
import { InputError } from '../domain/input-error.ts';

/** --as-of YYYY-MM-DD, shared by every command that takes it. */
export function parseAsOf(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InputError(`--as-of deve ser uma data no formato AAAA-MM-DD, por exemplo 2026-11-24 (recebido: "${value}")`);
  return value;
}

/** --as-of when given, else today in the studio's time zone: the command line is where the clock is read. */
export function resolveAsOf(option: string | undefined, studio: Pick<Studio, 'timeZone'>): CalendarDate {
  return option === undefined ? calendarDateAt(new Date(), studio.timeZone) : parseAsOf(option);
}
