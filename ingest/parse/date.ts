/**
 * Dates and times as exports write them: real Excel date cells, Excel serial numbers, text
 * "dd/mm/yyyy", "dd/mm/yyyy HH:MM[:SS]", "Aceito em dd/mm/yyyy HH:MM" and ISO "yyyy-mm-dd[THH:MM[:SS]]".
 * Times are wall-clock as written: no clock is read and no time zone is applied.
 */
import { addDays, isCalendarDate, type CalendarDate } from '../../domain/calendar-date.ts';
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

export interface DateTime {
  date: CalendarDate;
  /** "HH:MM:SS", or null when the cell has no time of day. */
  time: string | null;
}

/** Years outside this range are typing errors ("24/11/0026", "24/11/3026"), not studio data. */
const firstYear = 1900;
const lastYear = 2100;
/** The Excel serial of 2100-12-31, the last day accepted. */
const lastSerial = 73_415;

/**
 * Optional leading phrase ("Aceito em", "Data:"), a date (d/m/yyyy, d/m/yy, also with "." or "-"
 * between the parts, or yyyy-mm-dd) and an optional time ("HH:MM", "HH:MM:SS", fractions of a second
 * ignored) after a space, "T", a comma or "às".
 */
const dateTimeText =
  /^(?:\p{L}[\p{L}\s]*?\s*[:–-]?\s*)?(?:(?<day>\d{1,2})(?<separator>[/.-])(?<month>\d{1,2})\k<separator>(?<year>\d{4}|\d{2})|(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))(?:(?:T|\s*,\s*|\s+(?:às\s+|as\s+)?)(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?)?$/u;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Two-digit years follow the POSIX strptime %y rule: 00–69 are 2000–2069, 70–99 are 1970–1999.
 * Fixed, because no clock may be read; contracts ending in the 2030s stay in the 2030s.
 */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

function parseText(text: string): ParseResult<DateTime> {
  const written = text.trim().replace(/\s+/gu, ' ');
  const quoted = `"${written}"`;
  const parts = dateTimeText.exec(written)?.groups;
  if (!parts) return invalid(`data inválida: ${quoted}`);
  const year = parts.isoYear !== undefined ? Number(parts.isoYear) : fullYear(parts.year ?? '');
  const month = Number(parts.isoMonth ?? parts.month);
  const day = Number(parts.isoDay ?? parts.day);
  const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
  if (year < firstYear || year > lastYear) return invalid(`data inválida: ${quoted} (ano fora de ${firstYear}–${lastYear})`);
  if (!isCalendarDate(date)) return invalid(`data inválida: ${quoted}`);
  if (parts.hour === undefined) return parsed({ date, time: null });
  const [hour, minute, second] = [Number(parts.hour), Number(parts.minute), Number(parts.second ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return invalid(`hora inválida: ${quoted}`);
  return parsed({ date, time: `${two(hour)}:${two(minute)}:${two(second)}` });
}

/**
 * An Excel 1900-system serial: whole days since 1899-12-30 from serial 61 (1900-03-01) on; serials
 * 1–59 count from 1899-12-31, because Excel keeps Lotus 1-2-3's nonexistent 1900-02-29 as serial 60.
 * The fractional part is the time of day, rounded to the second. Example: 45000.75 = 2023-03-15 18:00:00.
 */
function parseSerial(serial: number): ParseResult<DateTime> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= lastSerial + 1 || (serial >= 60 && serial < 61)) {
    return invalid(`data inválida: "${serial}" (número de série do Excel fora do intervalo)`);
  }
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  const date = addDays('1899-12-30', days < 61 ? days + 1 : days);
  const time = seconds === 0 ? null : `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return parsed({ date, time });
}

/**
 * A date with its time of day when the cell has one. Date cells are taken as they are; number cells
 * are Excel serials; text as described above. "-" and empty are unknown. Impossible dates are rejected
 * quoting the text: parseDateTime("31/02/2026") → `data inválida: "31/02/2026"`.
 * Example: parseDateTime("Aceito em 24/11/2026 17:23") = { date: "2026-11-24", time: "17:23:00" }.
 */
export function parseDateTime(cell: Cell): ParseResult<DateTime> {
  if (isBlank(cell)) return unknown();
  switch (cell.kind) {
    case 'date':
      return isCalendarDate(cell.date) ? parsed({ date: cell.date, time: cell.time }) : invalid(`data inválida: "${cellDisplay(cell)}"`);
    case 'number':
      return parseSerial(cell.value);
    case 'text':
      return parseText(cell.text);
    default:
      return invalid(`data inválida: "${cellDisplay(cell)}"`);
  }
}

/** The calendar date of parseDateTime, any time of day dropped: parseDate("24/11/2026 17:23") = "2026-11-24". */
export function parseDate(cell: Cell): ParseResult<CalendarDate> {
  const result = parseDateTime(cell);
  if (!result.ok || result.value === null) return result.ok ? unknown() : result;
  return parsed(result.value.date);
}
