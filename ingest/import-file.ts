/**
 * One file, all or nothing: read and recognise every sheet, parse every row, then write everything in
 * one transaction together with the imports record. A bad file throws an InputError before or inside
 * the transaction, so nothing is written; bad rows are rejected into the report and the rest goes in.
 * A dry run does all the writing and rolls it back, so its counts are exactly what a real run would do.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import { imports } from '../db/schema/index.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { InputError } from '../domain/input-error.ts';
import type { FileReport, SheetReport } from './import-report.ts';
import type { Layout } from './layouts/layout.ts';
import { parseSheet, type ParsedSheet } from './parse-sheet.ts';
import { findReportPeriod } from './parse/report-dates.ts';
import { readWorkbook } from './read-workbook.ts';
import { recognizeSheet } from './recognize-sheet.ts';
import { sheetStores, storeOrder } from './store/sheet-stores.ts';

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
  onProgress?: (done: number, total: number) => void;
}

interface PreparedSheet {
  name: string;
  layout: Layout;
  parsed: ParsedSheet;
  snapshotOn: CalendarDate;
  period: ReturnType<typeof findReportPeriod>;
}

/** A file read, recognised and parsed, ready to be written. */
export interface PreparedFile {
  request: ImportRequest;
  sha256: string;
  sheets: PreparedSheet[];
  ignored: SheetReport[];
  /** The workbook's own order of sheets, which the report keeps. */
  sheetNames: string[];
  /** Files are written in this order, so that a report naming clients comes after the clients. */
  rank: number;
}

class DryRunRollback extends Error {}

function prepareSheets(request: ImportRequest, grids: Awaited<ReturnType<typeof readWorkbook>>) {
  const prepared: PreparedSheet[] = [];
  const ignored: SheetReport[] = [];
  for (const grid of grids) {
    const recognition = recognizeSheet(grid);
    if (recognition.kind === 'incomplete') {
      const missing = recognition.missing.map((header) => `"${header}"`).join(', ');
      throw new InputError(
        `A planilha parece ser de ${recognition.layout.label}, mas falta ${recognition.missing.length === 1 ? 'a coluna' : 'as colunas'} ${missing}. Exporte o relatório completo do sistema.`,
        { file: request.fileName, sheet: grid.name, row: recognition.headerRow + 1 },
      );
    }
    if (recognition.kind === 'unrecognized') {
      if (grid.rows.some((row) => row.some((cell) => cell.kind !== 'empty'))) ignored.push(ignoredSheet(grid.name));
      continue;
    }
    const parsed = parseSheet(grid, recognition.layout, recognition.headerRow, recognition.columns);
    const period = findReportPeriod(parsed.titleLines);
    prepared.push({ name: grid.name, layout: recognition.layout, parsed, period, snapshotOn: request.asOf ?? period?.end ?? request.today });
  }
  if (prepared.length === 0) {
    throw new InputError(
      'Nenhuma planilha do arquivo foi reconhecida: o Pulso procura os cabeçalhos dos relatórios do Tecnofit (por exemplo "Código", "Cliente", "Contrato"). Confira se é a exportação certa.',
      { file: request.fileName },
    );
  }
  return { prepared, ignored };
}

function ignoredSheet(sheet: string): SheetReport {
  return {
    sheet, layout: null, layoutLabel: null, snapshotOn: null, read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0,
    rejections: [], moneyDecisions: [], warnings: ['não corresponde a nenhum relatório conhecido: ignorada'],
  };
}

/** Reads and parses a file without touching the database; throws an InputError for a bad file. */
export async function prepareFile(request: ImportRequest): Promise<PreparedFile> {
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const { prepared, ignored } = prepareSheets(request, await readWorkbook(request.bytes, request.fileName));
  const sheets = [...prepared].sort((a, b) => storeOrder.indexOf(a.layout.id) - storeOrder.indexOf(b.layout.id));
  const sheetNames = prepared.map((sheet) => sheet.name);
  return { request, sha256, sheets, sheetNames, ignored, rank: storeOrder.indexOf(sheets[0]!.layout.id) };
}

/** Writes a prepared file in one transaction (or rolls it back for a dry run) and reports it. */
export async function applyFile(db: PulsoDb, { request, sha256, sheets: ordered, sheetNames, ignored }: PreparedFile): Promise<FileReport> {
  const [previous] = await db
    .select({ id: imports.id, finishedAt: imports.finishedAt })
    .from(imports)
    .where(and(eq(imports.studioId, request.studio.id), eq(imports.fileHash, sha256), eq(imports.status, 'applied')))
    .limit(1);
  if (previous) {
    return {
      file: request.fileName, status: 'duplicate', importId: previous.id, sha256, asOf: null, sheets: [],
      warnings: [`este arquivo já foi importado (importação nº ${previous.id}); nada foi alterado`],
    };
  }

  const asOf = request.asOf ?? ordered.map((sheet) => sheet.snapshotOn).sort().at(-1) ?? request.today;
  const totalRows = ordered.reduce((sum, sheet) => sum + sheet.parsed.rows.length, 0);
  let report: FileReport | undefined;
  try {
    await db.transaction(async (tx) => {
      const [record] = await tx
        .insert(imports)
        .values({ studioId: request.studio.id, fileName: request.fileName, fileHash: sha256, sizeBytes: request.bytes.length, asOf, status: request.dryRun ? 'dry_run' : 'applied' })
        .returning({ id: imports.id });
      const importId = record!.id;
      const sheets: SheetReport[] = [];
      let done = 0;
      for (const sheet of ordered) {
        const store = sheetStores[sheet.layout.id]!;
        const context = { db: tx as unknown as PulsoDb, studioId: request.studio.id, importId, snapshotOn: sheet.snapshotOn, timeZone: request.studio.timeZone, period: sheet.period };
        const { counts, warnings } = await store(context, sheet.parsed.rows);
        done += sheet.parsed.rows.length;
        request.onProgress?.(done, totalRows);
        sheets.push({
          sheet: sheet.name,
          layout: sheet.layout.id,
          layoutLabel: sheet.layout.label,
          snapshotOn: sheet.layout.id === 'sales' ? null : sheet.snapshotOn,
          read: sheet.parsed.read,
          ...counts,
          rejected: sheet.parsed.rejections.length,
          rejections: sheet.parsed.rejections,
          moneyDecisions: sheet.parsed.moneyDecisions,
          warnings,
        });
      }
      const sheetOrder = new Map(sheetNames.map((name, index) => [name, index]));
      sheets.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
      report = { file: request.fileName, status: request.dryRun ? 'dry_run' : 'applied', importId: request.dryRun ? null : importId, sha256, asOf, sheets: [...sheets, ...ignored], warnings: [] };
      await tx
        .update(imports)
        .set({
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
