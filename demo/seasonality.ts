/**
 * When São Paulo trains and signs up: January resolutions and the March–April return after summer are
 * strong; Carnival, the July school holidays and December are weak; the studio closes on Sundays and
 * on national and city holidays. The simulation weights sign-ups, attendance and churn with these.
 */
import { addDays, weekday, type CalendarDate } from '../domain/calendar-date.ts';

/** Relative sign-up volume by month (January = index 0). */
const signUpByMonth = [1.5, 1.05, 1.4, 1.25, 1.0, 0.85, 0.6, 1.05, 1.0, 0.95, 0.8, 0.45] as const;

/** Share of booked classes actually attended, relative to a normal month. */
const attendanceByMonth = [0.9, 0.95, 1.0, 1.0, 1.0, 0.95, 0.8, 1.0, 1.0, 1.0, 0.95, 0.8] as const;

/** Sign-ups by weekday (Sunday = 0): Monday is when people start. */
const signUpByWeekday = [0.1, 1.4, 1.25, 1.1, 1.0, 0.75, 0.45] as const;

const fixedHolidays = ['01-01', '01-25', '04-21', '05-01', '07-09', '09-07', '10-12', '11-02', '11-15', '11-20', '12-25'];

function month(date: CalendarDate): number {
  return Number(date.slice(5, 7)) - 1;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthNumber = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Carnival Saturday to Ash Wednesday: the city stops. */
export function isCarnival(date: CalendarDate): boolean {
  const easter = easterSunday(Number(date.slice(0, 4)));
  return date >= addDays(easter, -50) && date <= addDays(easter, -46);
}

export function isHoliday(date: CalendarDate): boolean {
  if (fixedHolidays.includes(date.slice(5))) return true;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return date === addDays(easter, -2) || date === addDays(easter, 60) || date === addDays(easter, -47);
}

/** Classes run Monday to Saturday, except holidays. */
export function isStudioOpen(date: CalendarDate): boolean {
  return weekday(date) !== 0 && !isHoliday(date);
}

/** Relative chance that a new client registers on this day. */
export function signUpWeight(date: CalendarDate): number {
  const base = (signUpByMonth[month(date)] ?? 1) * (signUpByWeekday[weekday(date)] ?? 1);
  return isCarnival(date) ? base * 0.25 : isHoliday(date) ? base * 0.2 : base;
}

/** Multiplier on the chance of showing up to a booked class. */
export function attendanceFactor(date: CalendarDate): number {
  const base = attendanceByMonth[month(date)] ?? 1;
  return isCarnival(date) ? base * 0.5 : base;
}

/** Multiplier on the chance of leaving at a renewal: December and July are when people drop out. */
export function churnFactor(date: CalendarDate): number {
  const m = month(date);
  return m === 11 || m === 6 ? 1.4 : m === 0 || m === 2 ? 0.8 : 1;
}

/** Share of new plans sold as long (quarterly or longer) plans: New Year's resolutions buy commitment. */
export function longPlanFactor(date: CalendarDate): number {
  const m = month(date);
  return m === 0 ? 1.8 : m === 2 ? 1.3 : m === 11 ? 0.6 : 1;
}

/**
 * When a plan that ends in the December holidays or the July school break is renewed by someone who
 * waits for classes to resume: early January or early August. Null outside those weeks.
 */
export function resumeAfterBreak(date: CalendarDate): CalendarDate | null {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  if (monthDay >= '12-10') return `${year + 1}-01-05`;
  if (monthDay <= '01-04') return `${year}-01-05`;
  if (monthDay >= '07-01' && monthDay <= '07-24') return `${year}-08-01`;
  return null;
}
