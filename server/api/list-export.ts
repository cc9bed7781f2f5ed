/**
 * Lists as files (?format=csv|xlsx). Every text cell is neutralised against formula injection: one
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it (a client named "=HYPERLINK(...)" stays a name). CSV is written the
 * way Excel in pt-BR opens it: UTF-8 with BOM, ";" between cells.
 */
import type { Response } from 'express';
import * as XLSX from 'xlsx';

export type ListRow = Record<string, unknown>;

const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One cell: numbers and booleans as they are; lists joined; objects as JSON; text neutralised. */
function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return neutralizeFormula(value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; '));
  if (typeof value === 'object') return neutralizeFormula(JSON.stringify(value));
  return neutralizeFormula(String(value));
}

function columnsOf(rows: readonly ListRow[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function listAsCsv(rows: readonly ListRow[]): string {
  const columns = columnsOf(rows);
  const lines = [columns.map(csvField).join(';'), ...rows.map((row) => columns.map((column) => csvField(cell(row[column]))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function listAsXlsx(rows: readonly ListRow[]): Buffer {
  const columns = columnsOf(rows);
  const sheet = XLSX.utils.aoa_to_sheet([columns, ...rows.map((row) => columns.map((column) => cell(row[column])))]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Pulso');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export function sendList(response: Response, format: 'csv' | 'xlsx', fileName: string, rows: readonly ListRow[]): void {
  response.attachment(`${fileName}.${format}`);
  if (format === 'csv') response.type('text/csv; charset=utf-8').send(listAsCsv(rows));
  else response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(listAsXlsx(rows));
}
