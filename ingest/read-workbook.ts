/**
 * Any accepted file (.xlsx, .xls, .csv) in, its sheets as grids of typed cells out. The file type is
 * decided by its bytes, not its name; zips pass the zip guard first; formulas are never evaluated
 * (only the values Excel saved are read); date cells become calendar dates as written.
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

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * How SheetJS reads workbooks: dense rows (arrays, not an object keyed by cell address), number
 * formats kept (a currency or date format decides how a number is read), and nothing else computed:
 * no formatted text, dates, formulas, HTML or styles. Exported so the benchmark's raw parse is the same.
 */
export const sheetJsReadOptions = { dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellText: false, cellStyles: false } as const;

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
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

function toCell(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell) return emptyCell;
  switch (cell.t) {
    case 's':
    case 'e': {
      const text = String(cell.w ?? cell.v ?? '');
      return text.trim() === '' ? emptyCell : { kind: 'text', text };
    }
    case 'n': {
      const value = cell.v as number;
      if (cell.z && cell.z !== 'General' && XLSX.SSF.is_date(String(cell.z))) return dateFromSerial(value, date1904);
      return cell.z && cell.z !== 'General' ? { kind: 'number', value, format: String(cell.z) } : { kind: 'number', value };
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

function grids(workbook: WorkBook, file: string): SheetGrid[] {
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as unknown as { '!data'?: (CellObject[] | undefined)[] } | undefined;
    // A sheet the workbook lists but whose part is missing: a damaged or incomplete file.
    if (!sheet) throw new InputError(`O arquivo está corrompido: falta o conteúdo da planilha "${name}". Exporte-o de novo do sistema.`, { file });
    const dense = sheet['!data'] ?? [];
    const rows: Cell[][] = [];
    for (let index = 0; index < dense.length; index++) {
      const row = dense[index];
      rows.push(row ? Array.from(row, (cell) => toCell(cell, date1904)) : []);
      // The grid replaces SheetJS's sheet row by row, so that two copies of a large sheet never coexist.
      dense[index] = undefined;
    }
    delete workbook.Sheets[name];
    return { name, rows };
  });
}

function parseWithSheetJs(bytes: Buffer, file: string): WorkBook {
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

export async function readWorkbook(bytes: Buffer, file: string): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new InputError('O arquivo está vazio.', { file });
  if (bytes.length > fileLimits.maxFileBytes) throw fileTooLarge(bytes.length, file);
  if (startsWith(bytes, zipMagic)) {
    await guardZip(bytes, file);
    return grids(parseWithSheetJs(bytes, file), file);
  }
  if (startsWith(bytes, compoundFileMagic)) return grids(parseWithSheetJs(bytes, file), file);
  if (/\.(csv|txt)$/i.test(file)) {
    const { text, separator } = decodeCsv(bytes);
    const workbook = XLSX.read(text, { type: 'string', raw: true, FS: separator, dense: true, cellText: false });
    const [grid] = grids(workbook, file);
    return grid ? [{ ...grid, name: file.replace(/^.*[\\/]/, '') }] : [];
  }
  throw new InputError('O arquivo não é uma planilha: envie o .xlsx ou o .csv exportado do sistema.', { file });
}
