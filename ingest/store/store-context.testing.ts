/** Tests of a store: an import record to write under, and the StoreContext an import would give. */
import type { PulsoDb } from '../../db/database.ts';
import { imports } from '../../db/schema/index.ts';
import { openTestStudio, type TestDatabase } from '../../test/databases.ts';
import type { StoreContext } from './store-context.ts';

/** A studio with one import under way (snapshot 2026-11-20); the context's `db` may be a transaction. */
export async function openTestImport(database: TestDatabase, fileName: string): Promise<(db?: PulsoDb) => StoreContext> {
  const studio = await openTestStudio(database);
  const [record] = await database.db
    .insert(imports)
    .values({ studioId: studio.id, fileName, fileHash: 'h', sizeBytes: 1, asOf: '2026-11-20', status: 'applied' })
    .returning({ id: imports.id });
  return (db = database.db) => ({ db, studioId: studio.id, importId: record!.id, snapshotOn: '2026-11-20', timeZone: studio.timeZone, period: null, customersWritten: new Map() });
}
