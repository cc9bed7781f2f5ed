/**
 * A recognised sheet's rows, read field by field. A row with an unreadable cell, a negative amount or a
 * missing required value is rejected with its row, column and reason; the others go on. Money columns
 * get their unit (reais or centavos) decided once, from all their values, and the decision is reported.
 * The pieces (money decisions, one row at a time, title lines) are exported so that a large sheet can be
 * read in chunks while the first chunks are already being written.
 */
import { cellDisplay, emptyCell, type Cell } from './cell.ts';
import type { Layout, LayoutFields, LayoutRow } from './layouts/layout.ts';
import { isBlank } from './parse/blank.ts';
import { decideMoneyUnit, type MoneyUnit } from './parse/money.ts';
import { parseField } from './parse-field.ts';
import type { ColumnBinding } from './recognize-sheet.ts';

export interface Rejection {
  /** The sheet's row number, as Excel shows it (1-based). */
  row: number;
  /** The column's header as written in the file. */
  column: string;
  reason: string;
}

export interface MoneyDecision {
  column: string;
  unit: MoneyUnit;
  reason: string;
}

/** A run of data rows read: the rows of values, the rejections, and how many data rows there were. */
export interface RowsRead<F extends LayoutFields = LayoutFields> {
  rows: LayoutRow<F>[];
  rejections: Rejection[];
  /** Data rows read (blank and footer rows excluded). */
  read: number;
}

/** One data row read: a row of values, a rejection, or nothing (a blank or footer row). */
export type RowReading<F extends LayoutFields = LayoutFields> = { row: LayoutRow<F> } | { rejection: Rejection } | null;

/** "Total: 123" lines that some reports append below the data. */
function isFooter(row: Cell[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.length <= 2 && /^total\b/i.test(cellDisplay(filled[0]!).trim());
}

/** Each money column's unit, decided from all of its values (`columnCells(index)` gives a column's data cells). */
export function decideMoneyUnits(
  layout: Layout,
  columns: Record<string, ColumnBinding>,
  columnCells: (index: number) => Cell[],
): { units: Record<string, MoneyUnit>; decisions: MoneyDecision[] } {
  const units: Record<string, MoneyUnit> = {};
  const decisions: MoneyDecision[] = [];
  for (const [name, spec] of Object.entries(layout.fields)) {
    const binding = columns[name];
    if (spec.type !== 'money' || !binding) continue;
    const decision = decideMoneyUnit(columnCells(binding.index));
    units[name] = decision.unit;
    decisions.push({ column: binding.header, ...decision });
  }
  return { units, decisions };
}

/** A reader of one sheet's data rows, with each field's column, header and money unit looked up once. */
export function rowReader<F extends LayoutFields>(
  layout: Layout<F>,
  columns: Record<string, ColumnBinding>,
  moneyUnits: Record<string, MoneyUnit>,
): (cells: Cell[], sourceRow: number) => RowReading<F> {
  const fields = Object.entries(layout.fields).map(([name, spec]) => {
    const binding = columns[name];
    return { name, spec, index: binding?.index, header: binding?.header ?? spec.headers[0]!, unit: moneyUnits[name] ?? 'reais' };
  });
  return (cells, sourceRow) => {
    if (cells.every((cell) => isBlank(cell)) || isFooter(cells)) return null;
    const values: Record<string, unknown> = { sourceRow };
    for (const { name, spec, index, header, unit } of fields) {
      const cell = index === undefined ? emptyCell : (cells[index] ?? emptyCell);
      const result = parseField(spec, cell, unit);
      if (!result.ok) return { rejection: { row: sourceRow, column: header, reason: result.reason } };
      if (result.value === null && spec.requiredValue) return { rejection: { row: sourceRow, column: header, reason: 'valor obrigatório em branco' } };
      values[name] = result.value;
    }
    return { row: values as LayoutRow<F> };
  };
}

/**
 * Sheet rows `from` (inclusive) to `to` (exclusive, 0-based) read with `read`: the rows of values, the
 * rejections, and how many data rows there were (blank and footer rows excluded).
 */
export function readRows<F extends LayoutFields>(
  read: (cells: Cell[], sourceRow: number) => RowReading<F>,
  cellsAt: (index: number) => Cell[],
  from: number,
  to: number,
): RowsRead<F> {
  const result: RowsRead<F> = { rows: [], rejections: [], read: 0 };
  for (let index = from; index < to; index++) {
    const reading = read(cellsAt(index), index + 1);
    if (!reading) continue;
    result.read++;
    if ('row' in reading) result.rows.push(reading.row);
    else result.rejections.push(reading.rejection);
  }
  return result;
}

/** The non-empty text of each row above the header. */
export function titleLinesOf(rowsAboveHeader: Cell[][]): string[] {
  return rowsAboveHeader
    .map((row) => row.filter((cell) => !isBlank(cell)).map(cellDisplay).join(' ').trim())
    .filter(Boolean);
}
