/**
 * Every database test runs on both drivers: `describeEachDriver` declares its suite once for PGlite and
 * once for PostgreSQL. Each test database is fresh: PGlite loads the migrated template, PostgreSQL gets
 * a new database created for it (and dropped after). Without DATABASE_URL the PostgreSQL leg is
 * skipped, and its name says so.
 */
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { describe, inject } from 'vitest';
import { openDatabase, type Database, type Driver } from '../db/database.ts';
import { fromPglite } from '../db/pglite-database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio, type Studio } from '../db/studio.ts';
import { createFreshPostgresDatabase } from './fresh-postgres-database.ts';

export interface TestDatabase extends Database {
  /** For child processes: the env that points `pulso` at this same database. */
  environment: Record<string, string>;
}

/** A new, migrated, empty database on the given driver. Close it when done. */
export async function openTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const template = new Blob([await readFile(inject('pgliteTemplate'))]);
    const database = fromPglite(await PGlite.create({ loadDataDir: template }), 'memória');
    return { ...database, environment: {} };
  }
  const { url, drop } = await createPostgresDatabase();
  const target = { driver: 'postgres', url } as const;
  const database = await openDatabase(target);
  await migrateDatabase(database, target);
  return {
    ...database,
    environment: { DATABASE_URL: url },
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/** A fresh, empty PostgreSQL database on the CI server (not migrated). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  return createFreshPostgresDatabase(adminUrl, 'pulso_test');
}

export async function openTestStudio(database: Database, slug = 'principal'): Promise<Studio> {
  return ensureStudio(database.db, slug, { name: 'Estúdio de teste', timeZone: 'America/Sao_Paulo' });
}

/** Declares `suite` once per driver; the PostgreSQL one is skipped (and named so) without DATABASE_URL. */
export function describeEachDriver(name: string, suite: (driver: Driver) => void): void {
  describe(`${name} [PGlite]`, () => suite('pglite'));
  if (inject('postgresUrl')) describe(`${name} [PostgreSQL]`, () => suite('postgres'));
  else describe.skip(`${name} [PostgreSQL: pulado, DATABASE_URL não definida]`, () => suite('postgres'));
}
