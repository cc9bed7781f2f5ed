/**
 * Wall-clock times in a studio's time zone to instants and back. Exports write "24/11/2026 19:24"
 * meaning São Paulo time; the database stores the instant. Uses only the platform's Intl data.
 */
import type { CalendarDate } from './calendar-date.ts';

/** Building an Intl formatter costs far more than using one; an import converts 100,000 times. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return Math.round((asUtc - instant) / 60_000);
}

const dayMs = 86_400_000;

/**
 * The exact conversion below reads the offset at the wall-clock time taken as UTC, then at the instant
 * that gives. For every time of a local day those readings fall within one window around the day; when
 * the offset at midnight is also the offset at both ends of that window, it holds throughout (no zone
 * changes its offset twice within 38 hours) and converts every time of the day. An import's 100,000
 * sales fall on a few hundred days: formatToParts, the slow part, runs three times a day, not twice a row.
 */
function offsetAllDay(midnightAsUtc: number, timeZone: string): number | null {
  const atMidnight = offsetMinutes(midnightAsUtc, timeZone);
  const windowStart = midnightAsUtc - Math.max(0, atMidnight) * 60_000;
  const windowEnd = midnightAsUtc + dayMs - 1 + Math.max(0, -atMidnight) * 60_000;
  const same = offsetMinutes(windowStart, timeZone) === atMidnight && offsetMinutes(windowEnd, timeZone) === atMidnight;
  return same ? atMidnight : null;
}

interface LocalDay {
  midnightAsUtc: number;
  /** In minutes, for every time of the day; null on a day the offset changes. */
  offset: number | null;
}

/** Per zone and date; bounded, for a server that runs for months. */
const localDays = new Map<string, LocalDay>();
const maxLocalDays = 100_000;

function localDay(date: CalendarDate, timeZone: string): LocalDay {
  const key = `${timeZone} ${date}`;
  let day = localDays.get(key);
  if (!day) {
    const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
    const midnightAsUtc = Date.UTC(year, month - 1, dayOfMonth);
    day = { midnightAsUtc, offset: offsetAllDay(midnightAsUtc, timeZone) };
    if (localDays.size >= maxLocalDays) localDays.clear();
    localDays.set(key, day);
  }
  return day;
}

/**
 * The instant at which clocks in `timeZone` show `date` `time`:
 * instantAt("2026-11-24", "19:24:00", "America/Sao_Paulo") = 2026-11-24T22:24:00Z.
 * In a daylight-saving gap the later offset wins; in an overlap, the first occurrence.
 */
export function instantAt(date: CalendarDate, time: string | null, timeZone: string): Date {
  const [hours = 0, minutes = 0, seconds = 0] = (time ?? '00:00:00').split(':').map(Number);
  const { midnightAsUtc, offset } = localDay(date, timeZone);
  const sinceMidnight = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  const wallClockAsUtc = midnightAsUtc + sinceMidnight;
  if (offset !== null && sinceMidnight >= 0 && sinceMidnight < dayMs) return new Date(wallClockAsUtc - offset * 60_000);
  const first = wallClockAsUtc - offsetMinutes(wallClockAsUtc, timeZone) * 60_000;
  return new Date(wallClockAsUtc - offsetMinutes(first, timeZone) * 60_000);
}

/** The hour (0–23) clocks in `timeZone` show at `instant`: hourAt(2026-11-24T10:30Z, "America/Sao_Paulo") = 7. */
export function hourAt(instant: Date, timeZone: string): number {
  return Number(formatterFor(timeZone).formatToParts(instant).find((part) => part.type === 'hour')?.value);
}

/** The wall-clock "HH:MM" in `timeZone` at `instant`: clockTimeAt(2026-11-24T10:30Z, "America/Sao_Paulo") = "07:30". */
export function clockTimeAt(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${value('hour')}:${value('minute')}`;
}
