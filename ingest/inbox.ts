/**
 * The inbox folder: how a studio keeps Pulso current without a terminal. Export from Tecnofit, drop the
 * files in the folder; each is imported once it has stopped changing (same size and modification time
 * on two scans, so a file still being copied is left alone), then moved to `importados/` or
 * `com-erro/` with its report beside it.
 */
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';
import type { Logger } from 'pino';
import type { PulsoDb } from '../db/database.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { importFiles } from './import-files.ts';
import type { FileReport } from './import-report.ts';
import { formatFileReport } from './import-report-text.ts';

export const inboxFolders = { imported: 'importados', failed: 'com-erro' } as const;
const importable = new Set(['.xlsx', '.xls', '.csv']);

export interface InboxOptions {
  db: PulsoDb;
  studio: { id: number; timeZone: string };
  directory: string;
  /** Today in the studio's time zone, for snapshot dates the reports do not state. */
  today: () => CalendarDate;
  logger: Logger;
  /**
   * Called once a scan has applied at least one file, after the files were moved: what the new data
   * means for later stages (outcomes of actions) is the caller's, since ingest/ sits below them.
   */
  afterImport?: () => Promise<void>;
}

export interface Inbox {
  /** One pass: import what is ready, remember what is still changing. */
  scan(): Promise<FileReport[]>;
}

/** `name (2).xlsx` when `name.xlsx` is already there. */
async function freePath(directory: string, fileName: string): Promise<string> {
  const { name, ext } = parse(fileName);
  for (let attempt = 1; ; attempt++) {
    const candidate = join(directory, attempt === 1 ? fileName : `${name} (${attempt})${ext}`);
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}

export function createInbox({ db, studio, directory, today, logger, afterImport }: InboxOptions): Inbox {
  const lastSeen = new Map<string, string>();
  let running: Promise<FileReport[]> = Promise.resolve([]);

  async function readyFiles(): Promise<string[]> {
    const ready: string[] = [];
    const present = new Set<string>();
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.') || entry.name.startsWith('~$') || !importable.has(extname(entry.name).toLowerCase())) continue;
      const path = join(directory, entry.name);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      present.add(path);
      const signature = `${info.size}:${info.mtimeMs}`;
      if (lastSeen.get(path) === signature) ready.push(path);
      else lastSeen.set(path, signature);
    }
    for (const path of lastSeen.keys()) if (!present.has(path)) lastSeen.delete(path);
    return ready.sort();
  }

  async function scanOnce(): Promise<FileReport[]> {
    await mkdir(join(directory, inboxFolders.imported), { recursive: true });
    await mkdir(join(directory, inboxFolders.failed), { recursive: true });
    const paths = await readyFiles();
    if (paths.length === 0) return [];
    const reports = await importFiles(db, paths, { studio, asOf: null, today: today(), dryRun: false });
    for (const [index, path] of paths.entries()) {
      const report = reports[index]!;
      const folder = join(directory, report.status === 'failed' ? inboxFolders.failed : inboxFolders.imported);
      const target = await freePath(folder, parse(path).base);
      await rename(path, target);
      await writeFile(`${target}.relatorio.txt`, `${formatFileReport({ ...report, file: parse(path).base })}\n`);
      lastSeen.delete(path);
      logger.info({ file: parse(path).base, status: report.status, importId: report.importId }, 'inbox import');
    }
    if (reports.some((report) => report.status === 'applied')) await afterImport?.();
    return reports;
  }

  return {
    scan() {
      running = running.then(scanOnce, scanOnce);
      return running;
    },
  };
}
