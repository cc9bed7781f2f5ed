/**
 * The demo studio written to a temporary folder and imported through the real importer: how the
 * end-to-end tests of analytics, narration and the bot start. `remove` deletes the folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { workbookPaths, writeDemo } from '../demo/write-demo.ts';
import { importFiles } from '../ingest/import-files.ts';

export interface ImportedDemo {
  plantedCases: unknown[];
  remove(): Promise<void>;
}

export async function importDemo(db: PulsoDb, studio: Studio, options: { customers: number; seed: number; asOf: CalendarDate }): Promise<ImportedDemo> {
  const directory = await mkdtemp(join(tmpdir(), 'pulso-demo-'));
  const demo = writeDemo(directory, options);
  await importFiles(db, workbookPaths(directory, demo), { studio, asOf: null, today: options.asOf, dryRun: false });
  return { plantedCases: demo.manifest.plantedCases as unknown[], remove: () => rm(directory, { recursive: true, force: true }) };
}
