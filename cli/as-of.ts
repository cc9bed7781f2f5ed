import { isCalendarDate, type CalendarDate } from '../domain/calendar-date.ts';
import { InputError } from '../domain/input-error.ts';

/** --as-of YYYY-MM-DD, shared by every command that takes it. */
export function parseAsOf(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InputError(`--as-of deve ser uma data no formato AAAA-MM-DD, por exemplo 2026-11-24 (recebido: "${value}")`);
  return value;
}
