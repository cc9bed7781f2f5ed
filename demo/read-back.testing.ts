/**
 * Test support, not an importer: reads a generated sheet back as an importer would meet it (the table
 * found by its first header's text, with the rows above it and its first column), so tests can check
 * layouts, quirks and planted cases on the real bytes.
 */
import * as XLSX from 'xlsx';
import type { CellObject } from 'xlsx';
import type { GeneratedDemo } from './write-demo.ts';

export interface Table {
  /** Rows above the header, as text. */
  above: string[][];
  header: string[];
  headerRow: number;
  firstColumn: number;
  rows: Record<string, CellObject | undefined>[];
}

const parsed = new WeakMap<Uint8Array, XLSX.WorkBook>();

/** The table of a sheet, found by the first header's text. */
export function readTable(bytes: Uint8Array, sheetName: string, firstHeader: string): Table {
  const book = parsed.get(bytes) ?? XLSX.read(bytes, { type: 'buffer', cellNF: true });
  parsed.set(bytes, book);
  const sheet = book.Sheets[sheetName];
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  const cell = (r: number, c: number): CellObject | undefined => sheet[XLSX.utils.encode_cell({ r, c })];
  for (let r = range.s.r; r <= range.e.r; r += 1) {
    for (let c = range.s.c; c <= range.e.c; c += 1) {
      if (cell(r, c)?.v !== firstHeader) continue;
      const header: string[] = [];
      for (let k = c; k <= range.e.c && cell(r, k); k += 1) header.push(String(cell(r, k)?.v));
      const above = Array.from({ length: r }, (_, i) => Array.from({ length: range.e.c + 1 }, (_, k) => String(cell(i, k)?.v ?? '')));
      const rows: Record<string, CellObject | undefined>[] = [];
      for (let i = r + 1; i <= range.e.r; i += 1) rows.push(Object.fromEntries(header.map((name, k) => [name, cell(i, c + k)])));
      return { above, header, headerRow: r, firstColumn: c, rows };
    }
  }
  throw new Error(`no header "${firstHeader}" in ${sheetName}`);
}

export function fileBytes(demo: GeneratedDemo, name: string): Uint8Array {
  const file = demo.files.find((f) => f.name === name);
  if (!file) throw new Error(`no file ${name}`);
  return file.bytes;
}

