/**
 * A recognised sheet's rows, read field by field. A row with an unreadable cell, a negative amount or a
 * missing required value is rejected with its row, column and reason; the others go on. Money columns
 * get their unit (reais or centavos) decided once, from all their values, and the decision is reported.
 */
import { cellDisplay, emptyCell, type Cell } from './cell.ts';
import type { Layout, LayoutFields, LayoutRow } from './layouts/layout.ts';
import { isBlank } from './parse/blank.ts';
import { decideMoneyUnit, type MoneyUnit } from './parse/money.ts';
import { parseField } from './parse-field.ts';
import type { SheetGrid } from './read-workbook.ts';
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

export interface ParsedSheet<F extends LayoutFields = LayoutFields> {
  rows: LayoutRow<F>[];
  rejections: Rejection[];
  moneyDecisions: MoneyDecision[];
  /** Non-empty text of the rows above the header: report titles such as "Período: 01/11 a 24/11". */
  titleLines: string[];
  /** Data rows read (blank and footer rows excluded). */
  read: number;
}

/** "Total: 123" lines that some reports append below the data. */
function isFooter(row: Cell[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.length <= 2 && /^total\b/i.test(cellDisplay(filled[0]!).trim());
}

export function parseSheet<F extends LayoutFields>(
  grid: SheetGrid,
  layout: Layout<F>,
  headerRow: number,
  columns: Record<string, ColumnBinding>,
): ParsedSheet<F> {
  const dataRows = grid.rows.slice(headerRow + 1);
  const moneyUnits: Record<string, MoneyUnit> = {};
  const moneyDecisions: MoneyDecision[] = [];
  for (const [name, spec] of Object.entries(layout.fields)) {
    const binding = columns[name];
    if (spec.type !== 'money' || !binding) continue;
    const decision = decideMoneyUnit(dataRows.map((row) => row[binding.index] ?? emptyCell));
    moneyUnits[name] = decision.unit;
    moneyDecisions.push({ column: binding.header, ...decision });
  }

  // Each field's column, header and money unit, looked up once per sheet rather than once per row.
  const fields = Object.entries(layout.fields).map(([name, spec]) => {
    const binding = columns[name];
    return { name, spec, index: binding?.index, header: binding?.header ?? spec.headers[0]!, unit: moneyUnits[name] ?? 'reais' };
  });
  const rows: LayoutRow<F>[] = [];
  const rejections: Rejection[] = [];
  let read = 0;
  dataRows.forEach((cells, offset) => {
    if (cells.every((cell) => isBlank(cell)) || isFooter(cells)) return;
    read++;
    const sourceRow = headerRow + offset + 2;
    const values: Record<string, unknown> = { sourceRow };
    for (const { name, spec, index, header, unit } of fields) {
      const cell = index === undefined ? emptyCell : (cells[index] ?? emptyCell);
      const result = parseField(spec, cell, unit);
      if (!result.ok) {
        rejections.push({ row: sourceRow, column: header, reason: result.reason });
        return;
      }
      if (result.value === null && spec.requiredValue) {
        rejections.push({ row: sourceRow, column: header, reason: 'valor obrigatório em branco' });
        return;
      }
      values[name] = result.value;
    }
    rows.push(values as LayoutRow<F>);
  });

  const titleLines = grid.rows
    .slice(0, headerRow)
    .map((row) => row.filter((cell) => !isBlank(cell)).map(cellDisplay).join(' ').trim())
    .filter(Boolean);
  return { rows, rejections, moneyDecisions, titleLines, read };
}
