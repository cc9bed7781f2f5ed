/**
 * Weekday and month names in pt-BR, from the platform's Intl (the same words every Brazilian phone
 * shows): weekdayName("2026-11-23") = "segunda-feira", monthName("2026-10") = "outubro".
 */
import type { CalendarDate } from '../domain/calendar-date.ts';

const weekdays = new Intl.DateTimeFormat('pt-BR', { weekday: 'long', timeZone: 'UTC' });
const months = new Intl.DateTimeFormat('pt-BR', { month: 'long', timeZone: 'UTC' });

export function weekdayName(date: CalendarDate): string {
  return weekdays.format(new Date(`${date}T12:00:00Z`));
}

export function monthName(yearMonth: string): string {
  return months.format(new Date(`${yearMonth.slice(0, 7)}-15T12:00:00Z`));
}
