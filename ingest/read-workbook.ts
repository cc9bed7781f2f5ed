/**
 * Any accepted file (.xlsx, .xls, .csv) in, one sheet at a time out, as rows of typed cells. The file
 * type is decided by its bytes, not its name; zips pass the zip guard first; formulas are never evaluated
 * (only the values Excel saved are read); date cells become calendar dates as written. SheetJS's rows
 * are turned into Cells row by row, as they are parsed, so a large sheet is never held twice.
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkBook } from 'xlsx';
import { InputError } from '../domain/input-error.ts';
import { emptyCell, type Cell } from './cell.ts';
import { decodeCsv } from './csv-text.ts';
import { fileLimits, fileTooLarge } from './file-limits.ts';
import { guardZip } from './zip-guard.ts';

export interface SheetGrid {
  name: string;
  /** rows[0] is the sheet's row 1; a row may be shorter than others. */
  rows: Cell[][];
}

/** How a file is read: a zipped workbook (.xlsx), an old binary one (.xls) or CSV text. */
export type FileKind = 'xlsx' | 'xls' | 'csv';

/** One sheet as SheetJS read it: dense rows of SheetJS cells, turned into Cells row by row. */
export interface RawSheet {
  name: string;
  rows: (CellObject[] | undefined)[];
  date1904: boolean;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * How SheetJS reads workbooks: dense rows (arrays, not an object keyed by cell address), number
 * formats kept (a currency or date format decides how a number is read), and nothing else computed:
 * no formatted text, dates, formulas, HTML or styles. Exported so the benchmark's raw parse is the same.
 */
export const sheetJsReadOptions = { dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellText: false, cellStyles: false } as const;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Checks a file before any sheet is read and says how to read it; throws an InputError for a bad file. */
export async function checkFile(bytes: Uint8Array, file: string): Promise<FileKind> {
  if (bytes.length === 0) throw new InputError('O arquivo está vazio.', { file });
  if (bytes.length > fileLimits.maxFileBytes) throw fileTooLarge(bytes.length, file);
  if (startsWith(bytes, zipMagic)) {
    await guardZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
    return 'xlsx';
  }
  if (startsWith(bytes, compoundFileMagic)) return 'xls';
  if (/\.(csv|txt)$/i.test(file)) return 'csv';
  throw new InputError('O arquivo não é uma planilha: envie o .xlsx ou o .csv exportado do sistema.', { file });
}

function padTime(hours: number, minutes: number, seconds: number): string {
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
}

function dateFromSerial(serial: number, date1904: boolean): Cell {
  const parts = XLSX.SSF.parse_date_code(serial, { date1904 });
  const date = `${String(parts.y).padStart(4, '0')}-${String(parts.m).padStart(2, '0')}-${String(parts.d).padStart(2, '0')}`;
  const hasTime = serial % 1 !== 0;
  return { kind: 'date', date, time: hasTime ? padTime(parts.H, parts.M, Math.round(parts.S)) : null };
}

/** A workbook has a handful of number formats and a sheet has a million numbers: each format is judged once. */
const dateFormats = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
  let isDate = dateFormats.get(format);
  if (isDate === undefined) {
    if (dateFormats.size > 1000) dateFormats.clear();
    isDate = Boolean(XLSX.SSF.is_date(format));
    dateFormats.set(format, isDate);
  }
  return isDate;
}

/** One SheetJS cell as a Cell. */
export function cellOf(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell) return emptyCell;
  switch (cell.t) {
    case 's':
    case 'e': {
      const text = String(cell.w ?? cell.v ?? '');
      return text.trim() === '' ? emptyCell : { kind: 'text', text };
    }
    case 'n': {
      const value = cell.v as number;
      const format = cell.z === undefined ? undefined : String(cell.z);
      if (!format || format === 'General') return { kind: 'number', value };
      return isDateFormat(format) ? dateFromSerial(value, date1904) : { kind: 'number', value, format };
    }
    case 'b':
      return { kind: 'boolean', value: Boolean(cell.v) };
    case 'd': {
      const value = cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
      const time = value.slice(11, 19);
      return { kind: 'date', date: value.slice(0, 10), time: time && time !== '00:00:00' ? time : null };
    }
    default:
      return emptyCell;
  }
}

/** One SheetJS row as Cells. */
export function cellsOf(row: CellObject[] | undefined, date1904: boolean): Cell[] {
  return row ? Array.from(row, (cell) => cellOf(cell, date1904)) : [];
}

function parseWithSheetJs(bytes: Uint8Array, file: string): WorkBook {
  try {
    return XLSX.read(bytes, { type: 'buffer', ...sheetJsReadOptions });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) {
      throw new InputError('A planilha está protegida por senha. Exporte-a de novo sem senha.', { file });
    }
    throw new InputError('O arquivo está corrompido ou não é uma planilha que o Pulso saiba ler. Exporte-o de novo do sistema.', { file });
  }
}

/** Every sheet of a checked file, in the file's order. A CSV file is one sheet named after the file. */
export function readSheets(bytes: Uint8Array, file: string, kind: FileKind): RawSheet[] {
  if (kind === 'csv') {
    const name = file.replace(/^.*[\\/]/, '');
    const { text, separator } = decodeCsv(bytes);
    const workbook = XLSX.read(text, { type: 'string', raw: true, FS: separator, dense: true, cellText: false });
    const rows = (workbook.Sheets[workbook.SheetNames[0]!] as unknown as { '!data'?: RawSheet['rows'] } | undefined)?.['!data'] ?? [];
    return [{ name, rows, date1904: false }];
  }
  const workbook = parseWithSheetJs(bytes, file);
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as unknown as { '!data'?: RawSheet['rows'] } | undefined;
    // A sheet the workbook lists but whose part is missing: a damaged or incomplete file.
    if (!sheet) throw new InputError(`O arquivo está corrompido: falta o conteúdo da planilha "${name}". Exporte-o de novo do sistema.`, { file });
    return { name, rows: sheet['!data'] ?? [], date1904 };
  });
}
