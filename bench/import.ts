/**
 * Import benchmark (issue 3): a workbook of 100,000 sales rows and 20,000 clients; the raw SheetJS
 * parse time of that file; Pulso's end-to-end import on each driver, rows per second and peak memory.
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

async function measure(args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, ...args], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>;
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
    const sheetjs = await measure(['sheetjs', path]);
    const pglite = await measure(['pglite', path]);
    const postgres = postgresUrl ? await withFreshPostgres(postgresUrl, (url) => measure(['postgres', path, url])) : null;
    const ratio = (result: Record<string, number> | null) => (result ? Math.round((result.importMs! / sheetjs.parseMs!) * 100) / 100 : null);
    return {
      file: { customers, salesRows, megabytes: Math.round(((await stat(path)).size / 1024 / 1024) * 10) / 10 },
      sheetjsRawParse: sheetjs,
      pglite: { ...pglite, timesRawParse: ratio(pglite) },
      postgres: postgres ? { ...postgres, timesRawParse: ratio(postgres) } : { skipped: 'DATABASE_URL não definida' },
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
