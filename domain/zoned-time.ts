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

/**
 * Zone offsets change only at instants that fall on UTC quarter hours (true of every zone in the tz
 * database, Lord Howe's 30-minute and Chatham's 45-minute rules included), so one lookup per zone and
 * quarter hour is exact and spares formatToParts, the slow part, on large imports.
 */
const offsetsByQuarterHour = new Map<string, number>();

function offsetMinutes(instant: Date, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant.getTime() / 900_000)}`;
  let offset = offsetsByQuarterHour.get(key);
  if (offset === undefined) {
    offset = measuredOffsetMinutes(instant, timeZone);
    if (offsetsByQuarterHour.size > 100_000) offsetsByQuarterHour.clear();
    offsetsByQuarterHour.set(key, offset);
  }
  return offset;
}

function measuredOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `date` `time`:
 * instantAt("2026-11-24", "19:24:00", "America/Sao_Paulo") = 2026-11-24T22:24:00Z.
 * In a daylight-saving gap the later offset wins; in an overlap, the first occurrence.
 */
export function instantAt(date: CalendarDate, time: string | null, timeZone: string): Date {
  const [hours = 0, minutes = 0, seconds = 0] = (time ?? '00:00:00').split(':').map(Number);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  let instant = new Date(wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc), timeZone) * 60_000);
  instant = new Date(wallClockAsUtc - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
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
