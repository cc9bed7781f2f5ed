import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Driver } from '../db/database.ts';
import { writeDemo } from '../demo/write-demo.ts';
import { importFiles } from '../ingest/import-files.ts';
import { openTestDatabase, openTestStudio } from '../test/databases.ts';
import { computeDailySnapshot } from './daily-snapshot.ts';

const asOf = '2026-11-24';

async function snapshotOn(driver: Driver, files: string[]) {
  const database = await openTestDatabase(driver);
  try {
    const studio = await openTestStudio(database);
    await importFiles(database.db, files, { studio, asOf: null, today: asOf, dryRun: false });
    return await computeDailySnapshot(database.db, studio, asOf, { withModels: true });
  } finally {
    await database.close();
  }
}

describe('the daily snapshot', () => {
  it.skipIf(!inject('postgresUrl'))('is the same on PGlite and PostgreSQL, every score and every metric', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'pulso-snapshot-drivers-'));
    try {
      writeDemo(directory, { customers: 200, seed: 23, asOf });
      const files = (await readdir(directory)).filter((name) => name.endsWith('.xlsx')).map((name) => join(directory, name));
      const [embedded, server] = await Promise.all([snapshotOn('pglite', files), snapshotOn('postgres', files)]);
      expect(server.scores).toEqual(embedded.scores);
      expect(server.metrics).toEqual(embedded.metrics);
      expect(embedded.scores.length).toBeGreaterThan(100);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
