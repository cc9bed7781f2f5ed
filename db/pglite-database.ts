/**
 * The embedded driver's drizzle wrapper, in its own module: loading drizzle's PGlite adapter loads
 * PGlite itself, half a second that a process on PostgreSQL never needs.
 */
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, PulsoDb } from './database.ts';
import * as schema from './schema/index.ts';

/** Wraps an open PGlite instance (tests load one from a migrated template). */
export function fromPglite(client: PGlite, location: string): Database {
  return {
    db: drizzle({ client, schema }) as unknown as PulsoDb,
    driver: 'pglite',
    location,
    async executeSql(text, values = []) {
      if (values.length > 0) return { rows: (await client.query(text, values)).rows };
      // Many statements, maybe with their own BEGIN and COMMIT (pg-boss's are). A failure after such a
      // BEGIN would leave the one session every query shares in an aborted transaction; inside PGlite's
      // own transaction a failure is rolled back before any other query runs. (Its BEGIN inside ours and
      // our COMMIT after its own only raise warnings.)
      const results = await client.transaction((transaction) => transaction.exec(text));
      return { rows: results.flatMap((result) => result.rows) };
    },
    close: () => client.close(),
  };
}
