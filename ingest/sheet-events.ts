/**
 * One sheet of a file, parsed as a sequence of small events: what the sheet is (a layout, or nothing
 * known), then its parsed rows in chunks, then the end; a bad sheet ends with `failed`, carrying the
 * pt-BR message and where. The events are produced one at a time, when the writer asks for them, so
 * that a chunk is parsed while the database writes the one before. SheetJS's rows are turned into Cells
 * chunk by chunk and dropped as they go, so a large sheet is never held twice.
 */
import { InputError, type InputLocation } from '../domain/input-error.ts';
import type { LayoutFields, LayoutRow } from './layouts/layout.ts';
import { decideMoneyUnits, readRows, rowReader, titleLinesOf, type MoneyDecision, type Rejection } from './parse-sheet.ts';
import { cellOf, cellsOf, type RawSheet } from './read-workbook.ts';
import { maxHeaderSearchRows, recognizeSheet } from './recognize-sheet.ts';

export type SheetEvent =
  | { type: 'unrecognized'; sheet: string; hasContent: boolean }
  | { type: 'recognized'; sheet: string; layoutId: string; titleLines: string[]; moneyDecisions: MoneyDecision[]; dataRows: number }
  | { type: 'rows'; rows: LayoutRow<LayoutFields>[]; rejections: Rejection[]; read: number }
  | { type: 'end' }
  | { type: 'failed'; detail: string; location: InputLocation };

/** Rows per `rows` event: small enough that writing starts early, large enough to keep statements few. */
export const rowsPerChunk = 5_000;

function* sheetEventsOrThrow(readSheet: () => RawSheet, file: string, chunkRows: number): Generator<SheetEvent> {
  const sheet = readSheet();
  const { rows, date1904 } = sheet;
  const head = { name: sheet.name, rows: Array.from({ length: Math.min(rows.length, maxHeaderSearchRows) }, (_, index) => cellsOf(rows[index], date1904)) };
  const recognition = recognizeSheet(head);
  if (recognition.kind === 'incomplete') {
    const missing = recognition.missing.map((header) => `"${header}"`).join(', ');
    throw new InputError(
      `A planilha parece ser de ${recognition.layout.label}, mas falta ${recognition.missing.length === 1 ? 'a coluna' : 'as colunas'} ${missing}. Exporte o relatório completo do sistema.`,
      { file, sheet: sheet.name, row: recognition.headerRow + 1 },
    );
  }
  if (recognition.kind === 'unrecognized') {
    const hasContent = rows.some((row) => row !== undefined && cellsOf(row, date1904).some((cell) => cell.kind !== 'empty'));
    return yield { type: 'unrecognized', sheet: sheet.name, hasContent };
  }
  const { layout, headerRow, columns } = recognition;
  const firstDataRow = headerRow + 1;
  // Array.from, not map: SheetJS leaves holes for empty rows, and map would keep them.
  const money = decideMoneyUnits(layout, columns, (column) =>
    Array.from({ length: Math.max(rows.length - firstDataRow, 0) }, (_, offset) => cellOf(rows[firstDataRow + offset]?.[column], date1904)),
  );
  yield {
    type: 'recognized', sheet: sheet.name, layoutId: layout.id, titleLines: titleLinesOf(head.rows.slice(0, headerRow)),
    moneyDecisions: money.decisions, dataRows: Math.max(rows.length - firstDataRow, 0),
  };
  const readRow = rowReader(layout, columns, money.units);
  // Each SheetJS row is let go once read.
  const takeRow = (index: number) => {
    const cells = cellsOf(rows[index], date1904);
    rows[index] = undefined;
    return cells;
  };
  for (let start = firstDataRow; start < rows.length; start += chunkRows) {
    yield { type: 'rows', ...readRows(readRow, takeRow, start, Math.min(start + chunkRows, rows.length)) };
  }
  yield { type: 'end' };
}

/** A sheet as events, read when the first is asked for; a bad sheet ends with `failed`, never throws. */
export function* sheetEvents(readSheet: () => RawSheet, file: string, chunkRows = rowsPerChunk): Generator<SheetEvent> {
  try {
    yield* sheetEventsOrThrow(readSheet, file, chunkRows);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { type: 'failed', detail: error.detail, location: error.location };
  }
}
