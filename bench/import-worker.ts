/**
 * One measurement in a fresh process, so that its peak memory is its own: either the raw SheetJS parse
 * of a file, with the importer's own SheetJS options (printed with it), or Pulso's whole import of it
 * (read, check, parse, write) on one driver.
 * Prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openDatabase, type DatabaseTarget } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio } from '../db/studio.ts';
import { applyFile, prepareFile } from '../ingest/import-file.ts';
import { sheetJsReadOptions } from '../ingest/read-workbook.ts';

function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const [mode, path, url] = process.argv.slice(2) as [string, string, string | undefined];
const bytes = await readFile(path);
if (mode === 'sheetjs') {
  const started = performance.now();
  XLSX.read(bytes, { type: 'buffer', ...sheetJsReadOptions });
  process.stdout.write(`${JSON.stringify({ parseMs: Math.round(performance.now() - started), peakRssMb: peakRssMb(), options: sheetJsReadOptions })}\n`);
} else {
  const target: DatabaseTarget = mode === 'postgres' ? { driver: 'postgres', url: url! } : { driver: 'pglite', dataDir: null };
  const database = await openDatabase(target);
  await migrateDatabase(database, target);
  const studio = await ensureStudio(database.db, 'bench', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
  const started = performance.now();
  const prepared = await prepareFile({ bytes, fileName: 'bench.xlsx', studio, asOf: '2026-11-24', today: '2026-11-24', dryRun: false });
  const preparedMs = performance.now() - started;
  const report = await applyFile(database.db, prepared);
  const importMs = performance.now() - started;
  await database.close();
  const rows = report.sheets.reduce((sum, sheet) => sum + sheet.read, 0);
  const rejected = report.sheets.reduce((sum, sheet) => sum + sheet.rejected, 0);
  process.stdout.write(
    `${JSON.stringify({ importMs: Math.round(importMs), readAndParseMs: Math.round(preparedMs), writeMs: Math.round(importMs - preparedMs), rows, rejected, rowsPerSecond: Math.round(rows / (importMs / 1000)), peakRssMb: peakRssMb() })}\n`,
  );
}
