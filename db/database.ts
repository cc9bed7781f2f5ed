/**
 * One code path over two drivers: embedded PGlite (the default, a real PostgreSQL compiled to wasm,
 * persisted in a folder) and a PostgreSQL server through `pg` when a URL is given. Both expose the same
 * drizzle API over the same schema and migrations.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryResult } from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import * as schema from './schema/index.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { readEmbeddedTemplate } from './embedded-template.ts';

export type PulsoDb = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: PulsoDb;
  driver: Driver;
  /** Where the data lives, for people: a folder for PGlite, the server (without password) for PostgreSQL. */
  location: string;
  /**
   * Raw SQL as `pg` runs it, for pg-boss (db/job-queue.ts), which speaks this and nothing else: with
   * values, one statement; without, any number of them, in one transaction, giving the rows of all of
   * them in order.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export type DatabaseTarget = { driver: 'postgres'; url: string } | { driver: 'pglite'; dataDir: string | null };

/** Opens the database; `dataDir: null` gives an in-memory PGlite (tests). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.driver === 'postgres') {
    // Each driver is loaded only when used: PGlite's wasm costs half a second to load.
    const [{ default: pg }, { drizzle: drizzlePostgres }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    // JIT compilation costs more than it saves on Pulso's queries: 0,2 to 1,7 s of compiling per
    // analytics query at 100,000 clients, for plans that then run no faster.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options: '-c jit=off' });
    pool.on('error', () => {});
    await pool.query('select 1');
    return {
      db: drizzlePostgres({ client: pool, schema }) as unknown as PulsoDb,
      driver: 'postgres',
      location: describeUrl(target.url),
      async executeSql(text, values) {
        // Without values `pg` sends the simple protocol, and a text of many statements answers with one result each.
        const result = (await pool.query(text, values)) as unknown as QueryResult | QueryResult[];
        return { rows: Array.isArray(result) ? result.flatMap((each) => each.rows) : result.rows };
      },
      close: () => pool.end(),
    };
  }
  const lock = target.dataDir ? await acquireDataDirLock(target.dataDir) : null;
  try {
    const [{ PGlite }, { fromPglite }] = await Promise.all([import('@electric-sql/pglite'), import('./pglite-database.ts')]);
    const directory = target.dataDir ? join(target.dataDir, 'db') : undefined;
    const isNew = directory !== undefined && !existsSync(join(directory, 'PG_VERSION'));
    const template = isNew ? await readEmbeddedTemplate() : null;
    const client = await PGlite.create(directory, template ? { loadDataDir: template } : {});
    const database = fromPglite(client, target.dataDir ?? 'memória');
    return {
      ...database,
      close: async () => {
        await database.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/** The rows of a raw SQL query, whichever driver answered it. */
export async function queryRows<Row>(db: PulsoDb, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** How many rows an INSERT, UPDATE or DELETE wrote: both drivers report the command tag's count as `rowCount`. */
export async function countWritten(db: PulsoDb, statement: SQL): Promise<number> {
  const result = (await db.execute(statement)) as unknown as { rowCount?: number | null };
  return result.rowCount ?? 0;
}

export async function serverVersion(db: PulsoDb): Promise<string> {
  const [row] = await queryRows<{ version: string }>(db, sql`select version() as version`);
  return row?.version ?? 'desconhecida';
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
