/**
 * One file, all or nothing: checked, then parsed chunk by chunk while it is written, in one transaction
 * together with the imports record. Sheets are written in store order, and while the database writes
 * the file is read ahead. A bad file throws an InputError before or inside the transaction, so
 * nothing is written; bad rows are rejected into the report and the rest goes in. A dry run does all
 * the writing and rolls it back, so its counts are exactly what a real run would do.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import { lockStudioImports } from '../db/import-lock.ts';
import { imports } from '../db/schema/index.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { FileParse } from './file-parse.ts';
import type { FileReport, SheetReport } from './import-report.ts';
import { layouts } from './layouts/index.ts';
import { findReportPeriod } from './parse/report-dates.ts';
import type { Rejection } from './parse-sheet.ts';
import { readFile } from './read-file.ts';
import { checkFile } from './read-workbook.ts';
import { openSheetWriter, storeOrder } from './store/sheet-stores.ts';
import type { StoreContext } from './store/store-context.ts';

export interface ImportRequest {
  bytes: Buffer;
  /** As the person named it; used in messages and the report. */
  fileName: string;
  studio: { id: number; timeZone: string };
  /** --as-of: the snapshot date for every sheet. */
  asOf: CalendarDate | null;
  /** The fallback snapshot date when neither --as-of nor the report's title gives one. */
  today: CalendarDate;
  dryRun: boolean;
  /** Rows written so far, of the rows known so far (a sheet's count is known once it is parsed). */
  onProgress?: (done: number, total: number) => void;
}

/** A file checked and opened for reading, ready to be written. */
export interface PreparedFile {
  request: ImportRequest;
  sha256: string;
  parse: FileParse;
}

class DryRunRollback extends Error {}

/** Checks a file (throws an InputError for a bad one) and opens it for reading. */
export async function openFile(request: ImportRequest): Promise<PreparedFile> {
  const kind = await checkFile(request.bytes, request.fileName);
  return { request, sha256: createHash('sha256').update(request.bytes).digest('hex'), parse: readFile(request.bytes, request.fileName, kind) };
}

/** Where a file goes among several: by the first of its sheets in store order (this reads the whole file). */
export function fileRank(parse: FileParse): number {
  const ranks = parse.outcomes().map((outcome) => (outcome.kind === 'recognized' ? storeOrder.indexOf(outcome.sheet.layoutId) : Infinity));
  return Math.min(...ranks);
}

/** Waits for a write, reading the file ahead whenever the database has the statement and this thread is idle. */
function readingAhead<T>(parse: FileParse, writing: Promise<T>): Promise<T> {
  let settled = false;
  const step = () => {
    if (!settled && parse.readAhead()) setImmediate(step);
  };
  // setImmediate, not a microtask: the write's statement goes out first.
  setImmediate(step);
  return writing.finally(() => {
    settled = true;
  });
}

function ignoredSheet(sheet: string): SheetReport {
  return {
    sheet, layout: null, layoutLabel: null, snapshotOn: null, read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0,
    rejections: [], moneyDecisions: [], warnings: ['não corresponde a nenhum relatório conhecido: ignorada'],
  };
}

/** Writes a file in one transaction as its sheets are read (or rolls it back for a dry run) and reports it. */
export async function applyFile(db: PulsoDb, { request, sha256, parse }: PreparedFile): Promise<FileReport> {
  let report: FileReport | undefined;
  try {
    await db.transaction(async (tx) => {
      await lockStudioImports(tx as unknown as PulsoDb, request.studio.id);
      const [previous] = await tx
        .select({ id: imports.id })
        .from(imports)
        .where(and(eq(imports.studioId, request.studio.id), eq(imports.fileHash, sha256), eq(imports.status, 'applied')))
        .limit(1);
      if (previous) {
        report = {
          file: request.fileName, status: 'duplicate', importId: previous.id, sha256, asOf: null, sheets: [],
          warnings: [`este arquivo já foi importado (importação nº ${previous.id}); nada foi alterado`],
        };
        return;
      }
      const [record] = await tx
        .insert(imports)
        .values({ studioId: request.studio.id, fileName: request.fileName, fileHash: sha256, sizeBytes: request.bytes.length, asOf: request.asOf ?? request.today, status: request.dryRun ? 'dry_run' : 'applied' })
        .returning({ id: imports.id });
      const importId = record!.id;
      const sheetReports = new Map<number, SheetReport>();
      const customersWritten: StoreContext['customersWritten'] = new Map();
      const snapshotDates: CalendarDate[] = [];
      let done = 0;
      const knownRows = () => parse.sheets.reduce((sum, sheet) => sum + (sheet.outcome?.kind === 'recognized' ? sheet.outcome.sheet.dataRows : 0), 0);
      for (let next = parse.nextToWrite(new Set()); next; next = parse.nextToWrite(new Set(sheetReports.keys()))) {
        const { index, sheet } = next;
        const layout = layouts.find((candidate) => candidate.id === sheet.layoutId)!;
        const period = findReportPeriod(sheet.titleLines);
        const snapshotOn = request.asOf ?? period?.end ?? request.today;
        snapshotDates.push(snapshotOn);
        const writer = openSheetWriter(sheet.layoutId, { db: tx as unknown as PulsoDb, studioId: request.studio.id, importId, snapshotOn, timeZone: request.studio.timeZone, period, customersWritten });
        let read = 0;
        const rejections: Rejection[] = [];
        for (let chunk = parse.nextChunk(index); chunk; chunk = parse.nextChunk(index)) {
          await readingAhead(parse, writer.add(chunk.rows));
          read += chunk.read;
          for (const rejection of chunk.rejections) rejections.push(rejection);
          done += chunk.read;
          request.onProgress?.(done, knownRows());
        }
        const { counts, warnings } = await readingAhead(parse, writer.finish());
        sheetReports.set(index, {
          sheet: sheet.sheet,
          layout: layout.id,
          layoutLabel: layout.label,
          snapshotOn: layout.id === 'sales' ? null : snapshotOn,
          read,
          ...counts,
          rejected: rejections.length,
          rejections,
          moneyDecisions: sheet.moneyDecisions,
          warnings,
        });
      }
      const outcomes = parse.outcomes();
      const sheets = outcomes.flatMap((outcome, index) => (outcome.kind === 'recognized' ? [sheetReports.get(index)!] : []));
      const ignored = outcomes.flatMap((outcome) => (outcome.kind === 'unrecognized' && outcome.hasContent ? [ignoredSheet(outcome.name)] : []));
      const asOf = request.asOf ?? snapshotDates.sort().at(-1) ?? request.today;
      report = { file: request.fileName, status: request.dryRun ? 'dry_run' : 'applied', importId: request.dryRun ? null : importId, sha256, asOf, sheets: [...sheets, ...ignored], warnings: [] };
      await tx
        .update(imports)
        .set({
          asOf,
          sheets: report.sheets.map((sheet) => ({ sheet: sheet.sheet, layout: sheet.layout, headerRow: null, rows: sheet.read })),
          counts: Object.fromEntries(sheets.map((sheet) => [sheet.sheet, { read: sheet.read, inserted: sheet.inserted, updated: sheet.updated, unchanged: sheet.unchanged, rejected: sheet.rejected }])),
          report: { sheets: report.sheets, warnings: report.warnings },
          finishedAt: new Date(),
        })
        .where(eq(imports.id, importId));
      if (request.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return report!;
}
