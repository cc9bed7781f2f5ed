/**
 * DOMAIN.md §5: no message to a client or lead in quiet hours (default 21:00–08:00) nor on Sundays, in
 * the studio's time zone. A message due then waits for the next allowed instant instead of being lost.
 */
import { addDays, calendarDateAt, weekday } from '../../domain/calendar-date.ts';
import { clockTimeAt, instantAt } from '../../domain/zoned-time.ts';
import type { StudioSettings } from '../../db/studio-settings.ts';

export type QuietHours = StudioSettings['quietHours'];

/** Whether the wall-clock "HH:MM" falls in the quiet window, which may wrap past midnight. */
function isQuietTime(time: string, { start, end }: QuietHours): boolean {
  if (start === end) return false;
  return start < end ? time >= start && time < end : time >= start || time < end;
}

/**
 * The first instant at or after `instant` when a client may be messaged. Example with the defaults in
 * São Paulo: Saturday 22:00 → Monday 08:00; Tuesday 07:30 → Tuesday 08:00; Tuesday 10:00 → itself.
 */
export function nextAllowedInstant(instant: Date, quietHours: QuietHours, timeZone: string): Date {
  let candidate = instant;
  for (let step = 0; step < 8; step++) {
    const date = calendarDateAt(candidate, timeZone);
    if (quietHours.sundays && weekday(date) === 0) {
      candidate = instantAt(addDays(date, 1), quietHours.start < quietHours.end ? quietHours.end : '00:00', timeZone);
      continue;
    }
    if (!isQuietTime(clockTimeAt(candidate, timeZone), quietHours)) return candidate;
    const endsToday = clockTimeAt(candidate, timeZone) < quietHours.end;
    candidate = instantAt(endsToday ? date : addDays(date, 1), quietHours.end, timeZone);
  }
  return candidate;
}
