/**
 * Several files at once, as `pulso import`, the inbox folder and the first start all do it: every
 * file is read and checked first, then written one transaction per file, clients before the reports
 * that name them. A bad file is refused whole and reported; the others still go in.
 */
import { basename } from 'node:path';
import type { PulsoDb } from '../db/database.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { InputError } from '../domain/input-error.ts';
import { applyFile, prepareFile, type PreparedFile } from './import-file.ts';
import type { FileReport } from './import-report.ts';
import { readImportFile } from './read-import-file.ts';

export interface ImportFilesOptions {
  studio: { id: number; timeZone: string };
  asOf: CalendarDate | null;
  today: CalendarDate;
  dryRun: boolean;
  /** Called before a file is written, with its row count; may return a progress callback. */
  onFileStart?: (fileName: string, rows: number) => ((done: number) => void) | undefined;
  onFileEnd?: (fileName: string) => void;
}

function refused(file: string, error: InputError): FileReport {
  return { file, status: 'failed', importId: null, sha256: '', asOf: null, sheets: [], warnings: [], error: error.message };
}

/** Imports `paths` and returns one report per path, in the order given. */
export async function importFiles(db: PulsoDb, paths: string[], options: ImportFilesOptions): Promise<FileReport[]> {
  const reports = new Map<number, FileReport>();
  const prepared: { index: number; file: PreparedFile }[] = [];
  for (const [index, path] of paths.entries()) {
    try {
      const { bytes, fileName } = await readImportFile(path);
      prepared.push({ index, file: await prepareFile({ bytes, fileName, studio: options.studio, asOf: options.asOf, today: options.today, dryRun: options.dryRun }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reports.set(index, refused(basename(path), error));
    }
  }
  prepared.sort((a, b) => a.file.rank - b.file.rank);
  for (const { index, file } of prepared) {
    const rows = file.sheets.reduce((sum, sheet) => sum + sheet.parsed.rows.length, 0);
    const onProgress = options.onFileStart?.(file.request.fileName, rows);
    try {
      reports.set(index, await applyFile(db, { ...file, request: { ...file.request, onProgress: onProgress && ((done) => onProgress(done)) } }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reports.set(index, refused(file.request.fileName, error));
    } finally {
      options.onFileEnd?.(file.request.fileName);
    }
  }
  return paths.map((_, index) => reports.get(index)!);
}
