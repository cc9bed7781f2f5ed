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
    close: () => client.close(),
  };
}
