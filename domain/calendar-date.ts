/**
 * Calendar dates ("2026-11-24") as ISO strings: what the database's `date` type stores and what an
 * export means by "VENCIMENTO". Arithmetic goes through UTC midnight so that no time zone or daylight
 * saving shift can move a date; "today" is only ever computed from an instant and a studio time zone.
 */
export type CalendarDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** True for a real date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/**
 * Days since 1970-01-01; the inverse of fromEpochDay. Example: toEpochDay("1970-01-02") = 1. Counted
 * with integer arithmetic (the proleptic Gregorian "days from civil" formula) rather than by parsing a
 * Date: scoring calls this millions of times, and parsing costs thirty times more.
 */
export function toEpochDay(date: CalendarDate): number {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
  const month = digits(date, 5, 7);
  const year = digits(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digits(date, 8, 10) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

export function fromEpochDay(day: number): CalendarDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** addDays("2026-02-27", 2) = "2026-03-01". */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: daysBetween("2026-11-20", "2026-11-24") = 4. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Adds calendar months, clamping to the month's last day: addMonths("2026-01-31", 1) = "2026-02-28". */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekday(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The calendar date at `instant` in `timeZone`: calendarDateAt(new Date("2026-11-24T02:00Z"), "America/Sao_Paulo") = "2026-11-23". */
export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The same days of the previous month as the month to date ending on `to`: for 2026-11-23, 2026-10-01
 * to 2026-10-23; for 2026-03-31, 2026-02-01 to 2026-02-28 (a shorter month stops at its last day).
 */
export function previousMonthSameDays(to: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const monthStart = `${to.slice(0, 8)}01`;
  const from = addMonths(monthStart, -1);
  return { from, to: addDays(from, Math.min(daysBetween(monthStart, to), daysBetween(from, addDays(monthStart, -1)))) };
}
