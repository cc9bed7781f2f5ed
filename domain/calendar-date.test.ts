import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateAt, daysBetween, isCalendarDate, previousMonthSameDays, toEpochDay, fromEpochDay, weekday } from './calendar-date.ts';

describe('calendar dates', () => {
  it('recognises real dates only', () => {
    expect(isCalendarDate('2026-11-24')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('24/11/2026')).toBe(false);
  });

  it('counts days across months, leap years and daylight-saving changes', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(20_416)).toBe('2025-11-24');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-20', '2026-11-24')).toBe(4);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
  });

  it('numbers every day from 1900 to 2100 as the calendar does, each the day after the one before', () => {
    for (let day = toEpochDay('1900-01-01'); day <= toEpochDay('2100-12-31'); day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toEpochDay(date) !== day) expect({ date, day: toEpochDay(date) }).toEqual({ date, day });
    }
    expect(toEpochDay('1900-01-01')).toBe(-25_567);
  });

  it('adds months, clamping to the last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-24', 3)).toBe('2027-02-24');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('knows the weekday', () => {
    expect(weekday('2026-11-24')).toBe(2);
    expect(weekday('2026-11-22')).toBe(0);
  });

  it('computes "today" in the studio time zone, not in UTC', () => {
    const instant = new Date('2026-11-24T02:30:00Z');
    expect(calendarDateAt(instant, 'America/Sao_Paulo')).toBe('2026-11-23');
    expect(calendarDateAt(instant, 'UTC')).toBe('2026-11-24');
    expect(calendarDateAt(new Date('2026-11-24T03:00:00Z'), 'America/Sao_Paulo')).toBe('2026-11-24');
  });

  it('takes the same days of the previous month, stopping at its last day', () => {
    expect(previousMonthSameDays('2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-10-23' });
    expect(previousMonthSameDays('2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonthSameDays('2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-01' });
  });
});
