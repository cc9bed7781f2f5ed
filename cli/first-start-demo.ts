/**
 * On an empty database, `pulso start` writes the demo studio and imports it through the same importer
 * a studio's own exports go through, so a first look shows a living studio instead of empty screens.
 * By default only on the embedded database: a production PostgreSQL is never filled with invented
 * clients unless PULSO_DEMO=on says so.
 */
import { resolve } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { customers, imports } from '../db/schema/index.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { workbookPaths, writeDemo } from '../demo/write-demo.ts';
import { importFiles } from '../ingest/import-files.ts';
import type { FileReport } from '../ingest/import-report.ts';
import type { StudioSession } from './studio-session.ts';

const demoCustomers = 300;
const demoSeed = 1;

export function wantsDemo(config: Config, session: StudioSession): boolean {
  if (config.demoOnEmpty === 'off') return false;
  return config.demoOnEmpty === 'on' || session.database.driver === 'pglite';
}

export async function isEmpty({ database, studio }: StudioSession): Promise<boolean> {
  const [importCount] = await database.db.select({ value: count() }).from(imports).where(eq(imports.studioId, studio.id));
  const [customerCount] = await database.db.select({ value: count() }).from(customers).where(and(eq(customers.studioId, studio.id)));
  return (importCount?.value ?? 0) === 0 && (customerCount?.value ?? 0) === 0;
}

/** Writes the demo under the data folder and imports it; returns where it went and the reports. */
export async function importDemoStudio(session: StudioSession, config: Config, today: CalendarDate): Promise<{ directory: string; reports: FileReport[] }> {
  const directory = resolve(config.database.dataDir, 'demo');
  const demo = writeDemo(directory, { customers: demoCustomers, seed: demoSeed, asOf: today });
  const reports = await importFiles(session.database.db, workbookPaths(directory, demo), { studio: session.studio, asOf: null, today, dryRun: false });
  return { directory, reports };
}
