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

/** Runs a SheetJS read, turning its failures into pt-BR messages about the file. */
function withSheetJs<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) {
      throw new InputError('A planilha está protegida por senha. Exporte-a de novo sem senha.', { file });
    }
    throw new InputError('O arquivo está corrompido ou não é uma planilha que o Pulso saiba ler. Exporte-o de novo do sistema.', { file });
  }
}

/** A workbook's sheet names, and each sheet read only when asked for. */
export interface OpenWorkbook {
  names: string[];
  /** Sheet `index` as SheetJS reads it; throws an InputError for a damaged sheet. */
  sheet(index: number): RawSheet;
}

function rawSheet(workbook: WorkBook, name: string, file: string): RawSheet {
  const sheet = workbook.Sheets[name] as unknown as { '!data'?: RawSheet['rows'] } | undefined;
  // A sheet the workbook lists but whose part is missing: a damaged or incomplete file.
  if (!sheet) throw new InputError(`O arquivo está corrompido: falta o conteúdo da planilha "${name}". Exporte-o de novo do sistema.`, { file });
  return { name, rows: sheet['!data'] ?? [], date1904: Boolean(workbook.Workbook?.WBProps?.date1904) };
}

/** A workbook read whole: an old binary workbook or CSV text, small by nature. */
function wholeWorkbook(workbook: WorkBook, file: string): OpenWorkbook {
  return { names: workbook.SheetNames, sheet: (index) => rawSheet(workbook, workbook.SheetNames[index]!, file) };
}

/** SheetJS's reader of an already unzipped workbook: exported by the library, though not in its typings. */
const parseZip = (XLSX as unknown as { parse_zip(zip: unknown, options: XLSX.ParsingOptions): WorkBook }).parse_zip;

/**
 * A zipped workbook, unzipped once and read a sheet at a time: the sheets before a large one can be
 * written while it is being parsed, and each sheet's SheetJS copy is let go before the next is read.
 */
function zippedWorkbook(bytes: Uint8Array, file: string): OpenWorkbook {
  let zip = withSheetJs(file, () => XLSX.CFB.read(bytes, { type: 'buffer' }) as unknown);
  const names = withSheetJs(file, () => parseZip(zip, { bookSheets: true }).SheetNames);
  return {
    names,
    sheet: (index) => {
      const workbook = withSheetJs(file, () => parseZip(zip, { ...sheetJsReadOptions, sheets: index }));
      // Sheets are read in order: once the last one is, the unzipped parts can go.
      if (index === names.length - 1) zip = null;
      return rawSheet(workbook, names[index]!, file);
    },
  };
}

/** A checked file's sheets, in the file's order. A CSV file is one sheet named after the file. */
export function openWorkbook(bytes: Uint8Array, file: string, kind: FileKind): OpenWorkbook {
  if (kind === 'csv') {
    const { text, separator } = decodeCsv(bytes);
    const workbook = XLSX.read(text, { type: 'string', raw: true, FS: separator, dense: true, cellText: false });
    const name = file.replace(/^.*[\\/]/, '');
    return { names: [name], sheet: () => ({ ...rawSheet(workbook, workbook.SheetNames[0]!, file), name }) };
  }
  if (kind === 'xls') return wholeWorkbook(withSheetJs(file, () => XLSX.read(bytes, { type: 'buffer', ...sheetJsReadOptions })), file);
  return zippedWorkbook(bytes, file);
}
