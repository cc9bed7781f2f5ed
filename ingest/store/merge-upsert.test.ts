/** mergeUpsert on both drivers: its counts, blanks, custom merges, partial keys and chunks. */
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leads } from '../../db/schema/index.ts';
import { rowsPerStatement } from '../../db/unnest-rows.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { mergeUpsert, type MergeOptions } from './merge-upsert.ts';

describeEachDriver('mergeUpsert', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.close());

  // A lead's origin is only replaced by a later one in the alphabet: a custom merge whose `changed` is
  // null while nothing is stored, which must count as unchanged and never as a new row.
  const options: MergeOptions<typeof leads> = {
    target: [leads.studioId, leads.code],
    targetWhere: sql`${leads.code} is not null`,
    merge: ['name', 'origin'],
    custom: { origin: { set: sql`greatest(excluded.origin, ${leads.origin})`, changed: sql`excluded.origin > ${leads.origin}` } },
    onUpdate: { updatedAt: sql`now() + interval '1 day'` },
  };
  const stored = async (studioId: number) =>
    database.db.select({ code: leads.code, name: leads.name, origin: leads.origin, touched: sql<boolean>`${leads.updatedAt} > now()` }).from(leads).where(eq(leads.studioId, studioId)).orderBy(asc(leads.id));

  it('inserts new keys, updates changed rows only, and never erases with a blank', async () => {
    const { id: studioId } = await openTestStudio(database, 'counts');
    const first = [
      { studioId, code: '1', name: 'Ana', origin: null },
      { studioId, code: '2', name: 'Bruno', origin: 'B' },
    ];
    expect(await mergeUpsert(database.db, leads, first, options)).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await mergeUpsert(database.db, leads, first, options)).toEqual({ inserted: 0, updated: 0, unchanged: 2 });

    const second = [
      { studioId, code: '1', name: null, origin: 'Z' },
      { studioId, code: '2', name: 'Bruno Lima', origin: 'A' },
      { studioId, code: '3', name: 'Carla', origin: null },
    ];
    expect(await mergeUpsert(database.db, leads, second, options)).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    expect(await stored(studioId)).toEqual([
      { code: '1', name: 'Ana', origin: null, touched: false },
      { code: '2', name: 'Bruno Lima', origin: 'B', touched: true },
      { code: '3', name: 'Carla', origin: null, touched: false },
    ]);
  });

  it('inserts a row outside the partial key every time, as the unique index allows', async () => {
    const { id: studioId } = await openTestStudio(database, 'partial');
    const row = [{ studioId, code: null, name: 'Sem código', origin: null }];
    expect(await mergeUpsert(database.db, leads, row, options)).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await mergeUpsert(database.db, leads, row, options)).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await stored(studioId)).toHaveLength(2);
  });

  it('keeps each key to its own studio', async () => {
    const { id: one } = await openTestStudio(database, 'one');
    const { id: other } = await openTestStudio(database, 'other');
    await mergeUpsert(database.db, leads, [{ studioId: one, code: '1', name: 'Ana', origin: null }], options);
    expect(await mergeUpsert(database.db, leads, [{ studioId: other, code: '1', name: 'Outra', origin: null }], options)).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
  });

  it('updates the right rows of a write longer than one statement', async () => {
    const { id: studioId } = await openTestStudio(database, 'chunks');
    const rows = Array.from({ length: rowsPerStatement + 3 }, (_, index) => ({ studioId, code: String(index), name: `Pessoa ${index}`, origin: null }));
    expect(await mergeUpsert(database.db, leads, rows, options)).toEqual({ inserted: rows.length, updated: 0, unchanged: 0 });
    const renamed = new Set([1, rowsPerStatement + 1]);
    const again = rows.map((row, index) => (renamed.has(index) ? { ...row, name: `Renomeada ${index}` } : row));
    expect(await mergeUpsert(database.db, leads, again, options)).toEqual({ inserted: 0, updated: 2, unchanged: rows.length - 2 });
    const names = await database.db.select({ code: leads.code, name: leads.name }).from(leads).where(sql`${leads.studioId} = ${studioId} and ${leads.name} like 'Renomeada%'`);
    expect(names.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual([
      { code: '1', name: 'Renomeada 1' },
      { code: String(rowsPerStatement + 1), name: `Renomeada ${rowsPerStatement + 1}` },
    ]);
  });
});
