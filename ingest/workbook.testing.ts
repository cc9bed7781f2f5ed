/**
 * Test support, not an importer: builds the files the importer meets (workbooks written cell by cell
 * with SheetJS, raw zips), reads a file whole without a database, and runs one through the importer as
 * the CLI does.
 */
import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import type { CellObject } from 'xlsx';
import type { PulsoDb } from '../db/database.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { toEpochDay } from '../domain/calendar-date.ts';
import { applyFile, openFile, type ImportRequest, type PreparedFile } from './import-file.ts';
import type { FileReport } from './import-report.ts';

/** A cell as tests write it: a string is a text cell, a number a General number cell, null nothing. */
export type TestCell = CellObject | string | number | null;

export interface TestSheet {
  name: string;
  rows: TestCell[][];
}

/** A real Excel date cell shown as dd/mm/yyyy (the serial of `date`, plus an optional time of day). */
export function dateCell(date: CalendarDate, time?: string, format = 'dd/mm/yyyy'): CellObject {
  const [hours = 0, minutes = 0, seconds = 0] = (time ?? '0:0:0').split(':').map(Number);
  return { t: 'n', v: toEpochDay(date) + 25_569 + (hours * 3600 + minutes * 60 + seconds) / 86_400, z: format };
}

/** A number cell in reais with the "R$" currency format. */
export function currencyCell(reais: number): CellObject {
  return { t: 'n', v: reais, z: '"R$" #,##0.00' };
}

function toCellObject(cell: TestCell): CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return { t: 's', v: cell };
  if (typeof cell === 'number') return { t: 'n', v: cell };
  return cell;
}

/** An .xlsx with the given sheets, each row written from column A (use null for empty columns). */
export function workbookBytes(sheets: TestSheet[]): Buffer {
  const book = XLSX.utils.book_new();
  for (const { name, rows } of sheets) {
    const sheet: XLSX.WorkSheet = {};
    let lastColumn = 0;
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const object = toCellObject(cell);
        if (!object) return;
        sheet[XLSX.utils.encode_cell({ r, c })] = object;
        lastColumn = Math.max(lastColumn, c);
      }),
    );
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: lastColumn } });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  path: string;
  content: Buffer;
  /** The uncompressed size written in the headers, when a test wants it to lie. */
  declaredSize?: number;
  /** Sets the "encrypted" flag (the content itself is not encrypted). */
  encrypted?: boolean;
}

/** A minimal zip (deflated entries, no data descriptors), enough for yauzl and SheetJS. */
export function zipBytes(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { path, content, declaredSize = content.length, encrypted = false } of entries) {
    const name = Buffer.from(path, 'utf8');
    const compressed = deflateRawSync(content, { level: 9 });
    const crc = crc32(content);
    const flags = encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Where each part's compressed bytes sit in a zip, read from its local headers. */
export function zipParts(bytes: Uint8Array): { path: string; dataOffset: number; compressedSize: number }[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: { path: string; dataOffset: number; compressedSize: number }[] = [];
  for (let offset = 0; offset + 30 <= buffer.length && buffer.readUInt32LE(offset) === 0x04034b50; ) {
    const compressedSize = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const dataOffset = offset + 30 + nameLength + buffer.readUInt16LE(offset + 28);
    parts.push({ path: buffer.subarray(offset + 30, offset + 30 + nameLength).toString('utf8'), dataOffset, compressedSize });
    offset = dataOffset + compressedSize;
  }
  return parts;
}

/** The parts of a zip as [path, content], through SheetJS's own zip reader. */
export function unzipParts(bytes: Uint8Array): ZipEntry[] {
  // SheetJS types its CFB module as `any`.
  const container = XLSX.CFB.read(Buffer.from(bytes), { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { type: number; content: Uint8Array }[] };
  return container.FullPaths.flatMap((fullPath, index) => {
    const entry = container.FileIndex[index]!;
    const path = fullPath.replace(/^Root Entry\//, '');
    // type 2 is a file; SheetJS adds a marker entry of its own ("\u0001Sh33tJ5").
    return entry.type === 2 && !path.startsWith('\u0001') ? [{ path, content: Buffer.from(entry.content) }] : [];
  });
}

export interface ImportOptions {
  asOf?: CalendarDate | null;
  today?: CalendarDate;
  dryRun?: boolean;
}

/** Checks and reads a whole file without touching the database; throws an InputError for a bad file. */
export async function prepareFile(request: ImportRequest): Promise<PreparedFile> {
  const prepared = await openFile(request);
  prepared.parse.readToEnd();
  return prepared;
}

/** One file through openFile and applyFile, as `pulso import` does it. */
export async function importBytes(
  db: PulsoDb,
  studio: { id: number; timeZone: string },
  fileName: string,
  bytes: Uint8Array,
  { asOf = null, today = '2026-11-30', dryRun = false }: ImportOptions = {},
): Promise<FileReport> {
  return applyFile(db, await openFile({ bytes: Buffer.from(bytes), fileName, studio, asOf, today, dryRun }));
}
