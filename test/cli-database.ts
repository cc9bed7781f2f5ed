/**
 * A database that a `pulso` child process and the test can both reach, on either driver. PostgreSQL:
 * a fresh database, kept open in the test. PGlite: a data folder, opened by the test only inside
 * `use` and closed again, because PGlite allows one process per folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database, type Driver, type PulsoDb } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { createPostgresDatabase } from './databases.ts';

export interface CliDatabase {
  /** The environment that points `pulso` at this database. */
  environment: Record<string, string>;
  /** Runs `work` on the database from this process (for PGlite: opened for it, closed after). */
  use<T>(work: (db: PulsoDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openCliDatabase(driver: Driver): Promise<CliDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pulso-cli-db-'));
  if (driver === 'postgres') {
    const { url, drop } = await createPostgresDatabase();
    const target = { driver: 'postgres', url } as const;
    const database = await openDatabase(target);
    await migrateDatabase(database, target);
    return {
      environment: { DATABASE_URL: url, PULSO_DATA_DIR: dataDir },
      use: (work) => work(database.db),
      close: async () => {
        await database.close();
        await drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const target = { driver: 'pglite', dataDir } as const;
  return {
    environment: { PULSO_DATA_DIR: dataDir },
    use: async (work) => {
      const database: Database = await openDatabase(target);
      try {
        await migrateDatabase(database, target);
        return await work(database.db);
      } finally {
        await database.close();
      }
    },
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}
