import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase, openTestDatabase } from '../test/databases.ts';
import { openDatabase, queryRows, type Database } from './database.ts';
import { migrateDatabase } from './migrate.ts';

const run = promisify(execFile);

/** Tables, columns, types, nullability, defaults and indexes: what "the same schema" means. */
async function describeSchema(database: Database) {
  const columns = await queryRows<Record<string, string>>(
    database.db,
    sql`select table_name, column_name, data_type, is_nullable, coalesce(column_default, '') as column_default
        from information_schema.columns where table_schema = 'public' order by table_name, column_name`,
  );
  const indexes = await queryRows<Record<string, string>>(
    database.db,
    sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by tablename, indexname`,
  );
  return { columns, indexes };
}

describe('migrations', () => {
  it('create the database from nothing in a PGlite folder, and a second start applies nothing new', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pulso-migrate-'));
    try {
      const target = { driver: 'pglite', dataDir } as const;
      const first = await openDatabase(target);
      await migrateDatabase(first, target);
      const before = await describeSchema(first);
      await first.close();

      const second = await openDatabase(target);
      await migrateDatabase(second, target);
      expect(await describeSchema(second)).toEqual(before);
      await second.close();
      expect(before.columns.length).toBeGreaterThan(200);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!inject('postgresUrl'))('give the same tables, columns and indexes on PGlite and PostgreSQL', async () => {
    const embedded = await openTestDatabase('pglite');
    const server = await openTestDatabase('postgres');
    try {
      expect(await describeSchema(server)).toEqual(await describeSchema(embedded));
    } finally {
      await embedded.close();
      await server.close();
    }
  });

  it.skipIf(!inject('postgresUrl'))('run once when two processes start together on PostgreSQL', async () => {
    const { url, drop } = await createPostgresDatabase();
    const target = { driver: 'postgres', url } as const;
    const [a, b] = await Promise.all([openDatabase(target), openDatabase(target)]);
    try {
      await Promise.all([migrateDatabase(a, target), migrateDatabase(b, target)]);
      const [row] = await queryRows<{ n: number }>(a.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const files = (await readdir(new URL('./migrations', import.meta.url))).filter((name) => name.endsWith('.sql'));
      expect(row?.n).toBe(files.length);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });

  it('are up to date with the schema (drizzle-kit generate finds nothing to add)', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'pulso-drizzle-'));
    try {
      const root = new URL('..', import.meta.url).pathname;
      await cp(join(root, 'db/migrations'), join(scratch, 'migrations'), { recursive: true });
      const config = join(scratch, 'drizzle.config.ts');
      await writeFile(
        config,
        // drizzle-kit only accepts an `out` relative to its working directory.
        `export default { dialect: 'postgresql', schema: ${JSON.stringify(join(root, 'db/schema/index.ts'))}, out: './migrations' };\n`,
      );
      const before = await readdir(join(scratch, 'migrations'));
      await run(join(root, 'node_modules/.bin/drizzle-kit'), ['generate', `--config=${config}`], { cwd: scratch });
      expect(await readdir(join(scratch, 'migrations'))).toEqual(before);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
