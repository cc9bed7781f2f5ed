/**
 * The day a report describes, read from its title rows: "Saldo de aulas em 24/11/2026" is a snapshot
 * as of that day; "Período: 26/10/2026 a 24/11/2026" covers a period. Imports are dated by what the
 * report says, not by when the file was downloaded.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { textCell } from '../cell.ts';
import { parseDate } from './date.ts';

const dateToken = String.raw`\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}`;
/** "26/10/2026 a 24/11/2026", "de 01/11/2026 até 24/11/2026", "01/11/2026 - 24/11/2026". */
const range = new RegExp(String.raw`(${dateToken})\s*(?:a|até|ate|à|-|–|—)\s*(${dateToken})`, 'iu');
const single = new RegExp(`(${dateToken})`, 'u');

function dateOf(text: string | undefined): CalendarDate | null {
  if (text === undefined) return null;
  const result = parseDate(textCell(text));
  return result.ok ? result.value : null;
}

/**
 * The period of a report from its title lines: the first line holding a valid range "X a Y" (also
 * "até", "-") gives start and end; otherwise the first line holding a valid date gives the end (an
 * as-of date, start null). Lines with a range ending before it starts, and impossible dates, are skipped.
 * Examples: ["Tecnofit", "Saldo de aulas em 24/11/2026"] → { start: null, end: "2026-11-24" };
 * ["Período: 26/10/2026 a 24/11/2026"] → { start: "2026-10-26", end: "2026-11-24" }; ["Tecnofit"] → null.
 */
export function findReportPeriod(lines: string[]): { start: CalendarDate | null; end: CalendarDate } | null {
  for (const line of lines) {
    const match = range.exec(line);
    const start = dateOf(match?.[1]);
    const end = dateOf(match?.[2]);
    if (start !== null && end !== null && start <= end) return { start, end };
  }
  for (const line of lines) {
    if (range.test(line)) continue;
    const end = dateOf(single.exec(line)?.[1]);
    if (end !== null) return { start: null, end };
  }
  return null;
}
