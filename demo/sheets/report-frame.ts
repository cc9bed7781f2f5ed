/**
 * The frame of a Tecnofit report around its table: title lines ("Tecnofit", the report's name, its
 * date or period), blank rows before the header, and sometimes an empty first column. Importers find
 * the header by its content, so each sheet uses a different frame.
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkSheet } from 'xlsx';
import { text } from './cells.ts';

export interface ReportFrame {
  /** Lines above the header, one per row, in the first used column. */
  titles: readonly string[];
  blankRowsBeforeHeader: number;
  leadingEmptyColumns: number;
  /** Column widths in characters, for the table's columns. */
  widths: readonly number[];
}

export function reportSheet(frame: ReportFrame, header: readonly string[], rows: readonly (readonly CellObject[])[]): WorkSheet {
  const sheet: WorkSheet = {};
  const left = frame.leadingEmptyColumns;
  let row = 0;
  for (const title of frame.titles) {
    sheet[XLSX.utils.encode_cell({ r: row, c: left })] = text(title);
    row += 1;
  }
  row += frame.blankRowsBeforeHeader;
  const lines = [header.map(text), ...rows];
  for (const line of lines) {
    line.forEach((cell, column) => {
      sheet[XLSX.utils.encode_cell({ r: row, c: left + column })] = cell;
    });
    row += 1;
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, row - 1), c: left + header.length - 1 } });
  sheet['!cols'] = [...Array.from({ length: left }, () => ({ wch: 3 })), ...frame.widths.map((wch) => ({ wch }))];
  return sheet;
}
