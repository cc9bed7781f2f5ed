/**
 * One measurement in a fresh process, so that its peak memory is its own: the raw SheetJS parse of a
 * file (`XLSX.read` as SheetJS reads by default, or with the importer's own options, printed with it),
 * or Pulso's whole import of it from disk (check, parse, write) on one driver.
 * Prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openDatabase, type DatabaseTarget } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio } from '../db/studio.ts';
import { importFiles } from '../ingest/import-files.ts';
import { sheetJsReadOptions } from '../ingest/read-workbook.ts';

function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const [mode, path, url] = process.argv.slice(2) as [string, string, string | undefined];
if (mode === 'sheetjs' || mode === 'sheetjs-importer-options') {
  const bytes = await readFile(path);
  const options = mode === 'sheetjs' ? {} : sheetJsReadOptions;
  const started = performance.now();
  XLSX.read(bytes, { type: 'buffer', ...options });
  process.stdout.write(`${JSON.stringify({ parseMs: Math.round(performance.now() - started), peakRssMb: peakRssMb(), options })}\n`);
} else {
  const target: DatabaseTarget = mode === 'postgres' ? { driver: 'postgres', url: url! } : { driver: 'pglite', dataDir: null };
  const database = await openDatabase(target);
  await migrateDatabase(database, target);
  const studio = await ensureStudio(database.db, 'bench', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
  const started = performance.now();
  const [report] = await importFiles(database.db, [path], { studio, asOf: '2026-11-24', today: '2026-11-24', dryRun: false });
  const importMs = performance.now() - started;
  await database.close();
  if (report!.status !== 'applied') throw new Error(`import ${report!.status}: ${report!.error ?? ''}`);
  const rows = report!.sheets.reduce((sum, sheet) => sum + sheet.read, 0);
  const rejected = report!.sheets.reduce((sum, sheet) => sum + sheet.rejected, 0);
  process.stdout.write(
    `${JSON.stringify({ importMs: Math.round(importMs), rows, rejected, rowsPerSecond: Math.round(rows / (importMs / 1000)), peakRssMb: peakRssMb() })}\n`,
  );
}
