/**
 * One import at a time per studio: the CLI, the inbox folder and an upload through the API may all
 * import at once, and an import decides "already imported?" and "already stored?" by reading before it
 * writes. A transaction-scoped advisory lock makes those reads true until the import commits.
 */
import { sql } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';

/** The lock's namespace, so that it never collides with another advisory lock (migrations, pg-boss). */
const importLockNamespace = 0x50_49_4d; // "PIM"

export async function lockStudioImports(tx: PulsoDb, studioId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${importLockNamespace}::int, ${studioId}::int)`);
}
