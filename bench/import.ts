/**
 * Import benchmark (issue 3): a workbook of 100,000 sales rows and 20,000 clients; the raw SheetJS
 * parse time of that file (`XLSX.read`, SheetJS's defaults); Pulso's end-to-end import on each driver,
 * rows per second, peak memory and its time as a multiple of the raw parse. The parse with the
 * importer's own SheetJS options (dense rows, no formatted text: a third faster) is printed too, with
 * the import as a multiple of it: the stricter comparison, of the import with its own first step.
 * PostgreSQL is measured when DATABASE_URL points at a server (a fresh database is created for it).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createFreshPostgresDatabase } from '../test/fresh-postgres-database.ts';
import { largeWorkbook } from './large-workbook.ts';

const run = promisify(execFile);
const worker = new URL('./import-worker.ts', import.meta.url).pathname;

type Measurement = Record<string, unknown> & { parseMs?: number; importMs?: number };

async function measure(args: string[]): Promise<Measurement> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, ...args], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measurement;
}

async function withFreshPostgres<T>(adminUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const { url, drop } = await createFreshPostgresDatabase(adminUrl, 'pulso_bench');
  try {
    return await work(url);
  } finally {
    await drop();
  }
}

export async function benchmarkImport(postgresUrl: string | undefined, customers = 20_000, salesRows = 100_000) {
  const directory = await mkdtemp(join(tmpdir(), 'pulso-bench-import-'));
  try {
    const path = join(directory, 'grande.xlsx');
    await writeFile(path, largeWorkbook(customers, salesRows));
    // On a shared machine the load drifts within a run: each import is compared with raw parses
    // measured just before it, and every raw parse is reported.
    const times = (importMs: number, parseMs: number) => Math.round((importMs / parseMs) * 100) / 100;
    const versusRawParse = async (args: string[]) => {
      const raw = await measure(['sheetjs', path]);
      const tuned = await measure(['sheetjs-importer-options', path]);
      const result = await measure(args);
      return {
        rawParseMs: raw.parseMs,
        importerOptionsParseMs: tuned.parseMs,
        ...result,
        timesRawParse: times(result.importMs!, raw.parseMs!),
        timesImporterOptionsParse: times(result.importMs!, tuned.parseMs!),
      };
    };
    const sheetjs = await measure(['sheetjs', path]);
    const sheetjsImporterOptions = await measure(['sheetjs-importer-options', path]);
    const pglite = await versusRawParse(['pglite', path]);
    const postgres = postgresUrl ? await withFreshPostgres(postgresUrl, (url) => versusRawParse(['postgres', path, url])) : null;
    return {
      file: { customers, salesRows, megabytes: Math.round(((await stat(path)).size / 1024 / 1024) * 10) / 10 },
      sheetjsRawParse: sheetjs,
      sheetjsImporterOptionsParse: sheetjsImporterOptions,
      pglite,
      postgres: postgres ?? { skipped: 'DATABASE_URL não definida' },
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
