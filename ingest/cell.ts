/**
 * One spreadsheet cell as the importer sees it, whatever the file format: CSV cells are always text;
 * workbook cells keep their type, their number format (how the studio sees a currency cell) and, for
 * date cells, the calendar date and time as written (no time zone ever shifts them).
 */
import type { CalendarDate } from '../domain/calendar-date.ts';

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'date'; date: CalendarDate; time: string | null }
  | { kind: 'boolean'; value: boolean };

export const emptyCell: Cell = { kind: 'empty' };

export function textCell(text: string): Cell {
  return { kind: 'text', text };
}

/** The cell as a person reads it, for messages ("valor inválido: ..."). */
export function cellDisplay(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.time ? `${cell.date} ${cell.time}` : cell.date;
    case 'boolean':
      return cell.value ? 'VERDADEIRO' : 'FALSO';
  }
}
