/**
 * Several files at once, as `pulso import`, the inbox folder and the first start all do it: every file
 * is checked first; files are written one transaction each, clients before the reports that name them
 * (so with several files each is read before any is written; a single file is written while it is
 * read). A bad file is refused whole and reported; the others still go in.
 */
import { basename } from 'node:path';
import type { PulsoDb } from '../db/database.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { InputError } from '../domain/input-error.ts';
import { applyFile, fileRank, openFile, type PreparedFile } from './import-file.ts';
import type { FileReport } from './import-report.ts';
import { readImportFile } from './read-import-file.ts';

export interface ImportFilesOptions {
  studio: { id: number; timeZone: string };
  asOf: CalendarDate | null;
  today: CalendarDate;
  dryRun: boolean;
  /** Called before a file is written; may return a progress callback (rows written, rows known). */
  onFileStart?: (fileName: string) => ((done: number, total: number) => void) | undefined;
  onFileEnd?: (fileName: string) => void;
}

function refused(file: string, error: InputError): FileReport {
  return { file, status: 'failed', importId: null, sha256: '', asOf: null, sheets: [], warnings: [], error: error.message };
}

async function refusing<T>(file: string, reports: Map<number, FileReport>, index: number, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reports.set(index, refused(file, error));
    return null;
  }
}

/** Imports `paths` and returns one report per path, in the order given. */
export async function importFiles(db: PulsoDb, paths: string[], options: ImportFilesOptions): Promise<FileReport[]> {
  const reports = new Map<number, FileReport>();
  const started: { index: number; file: PreparedFile; rank: number }[] = [];
  for (const [index, path] of paths.entries()) {
    const file = await refusing(basename(path), reports, index, async () => {
      const { bytes, fileName } = await readImportFile(path);
      return openFile({ bytes, fileName, studio: options.studio, asOf: options.asOf, today: options.today, dryRun: options.dryRun });
    });
    if (file) started.push({ index, file, rank: 0 });
  }
  if (started.length > 1) {
    for (const entry of started) entry.rank = (await refusing(entry.file.request.fileName, reports, entry.index, async () => fileRank(entry.file.parse))) ?? Infinity;
  }
  started.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const { index, file } of started) {
    if (reports.has(index)) continue;
    const onProgress = options.onFileStart?.(file.request.fileName);
    try {
      const report = await refusing(file.request.fileName, reports, index, () => applyFile(db, { ...file, request: { ...file.request, onProgress } }));
      if (report) reports.set(index, report);
    } finally {
      options.onFileEnd?.(file.request.fileName);
    }
  }
  return paths.map((_, index) => reports.get(index)!);
}
