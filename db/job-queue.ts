/**
 * pg-boss, the queue and scheduler of Pulso's timed work, on the database Pulso already opened. On
 * both drivers it runs through its custom `db` option over `Database.executeSql`, never through a
 * connection of its own: embedded PGlite has no server to connect to, only the one in-process session
 * that drizzle uses too (PGlite runs their queries one at a time); on PostgreSQL it shares Pulso's pool
 * rather than opening a second one, and the path tested on PGlite is the one that runs in production.
 * pg-boss never closes a database it did not open, so stopping it leaves the database usable.
 */
import PgBoss from 'pg-boss';
import type { Database } from './database.ts';

export interface JobQueueOptions {
  /** The PostgreSQL schema of pg-boss's tables; "pgboss" unless told. */
  schema?: string;
  /**
   * What pg-boss reports on its own: a worker that failed to fetch, failed maintenance or cron
   * monitoring. (A job whose handler throws is marked failed and retried by its queue's policy.)
   */
  onError: (error: unknown) => void;
}

/**
 * A studio runs a few dozen jobs a day: maintenance (fail jobs past their expiry, archive finished
 * ones, delete old archives) every five minutes is plenty, and a month of archive is small enough to
 * keep for looking back at what ran. pg-boss coordinates maintenance and cron across processes through
 * its own tables, so every process can supervise.
 */
const smallStudioSettings = {
  supervise: true,
  maintenanceIntervalMinutes: 5,
  deleteAfterDays: 30,
} satisfies PgBoss.ConstructorOptions;

/** Creates or migrates pg-boss's tables and starts it. Stop it with `stop({ graceful: true, wait: true })`. */
export async function startJobQueue(database: Database, { schema = 'pgboss', onError }: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    ...smallStudioSettings,
    schema,
    db: { executeSql: (text, values) => database.executeSql(text, values) },
  });
  // An EventEmitter's 'error' without a listener would throw and end the process.
  boss.on('error', onError);
  await boss.start();
  return boss;
}
