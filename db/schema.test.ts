import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { queryRows } from './database.ts';
import { customers, sales } from './schema/index.ts';

describeEachDriver('schema', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.close());

  const columns = () =>
    queryRows<{ table_name: string; column_name: string; data_type: string }>(
      database.db,
      sql`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`,
    );

  it('puts studio_id on every business table', async () => {
    const all = await columns();
    const tables = [...new Set(all.map((column) => column.table_name))].filter((table) => table !== 'studios');
    expect(tables.length).toBeGreaterThanOrEqual(20);
    const withoutStudio = tables.filter((table) => !all.some((c) => c.table_name === table && c.column_name === 'studio_id'));
    expect(withoutStudio).toEqual([]);
  });

  it('keeps every amount of money in integer centavos (bigint)', async () => {
    const money = (await columns()).filter((column) => column.column_name.endsWith('_cents'));
    expect(money.length).toBeGreaterThanOrEqual(8);
    expect(money.filter((column) => column.data_type !== 'bigint')).toEqual([]);
  });

  it('stores a receipt once per studio, and the same receipt number again in another studio', async () => {
    const first = await openTestStudio(database, 'a');
    const second = await openTestStudio(database, 'b');
    const receipt = { receipt: '12345', valueCents: 38_000, soldOn: '2026-11-20' };
    await database.db.insert(sales).values({ studioId: first.id, ...receipt });
    const again = await database.db.insert(sales).values({ studioId: first.id, ...receipt }).onConflictDoNothing().returning();
    expect(again).toEqual([]);
    await database.db.insert(sales).values({ studioId: second.id, ...receipt });
    const [row] = await queryRows<{ total: string | number }>(database.db, sql`select sum(value_cents) as total from sales`);
    expect(Number(row?.total)).toBe(76_000);
  });

  it('links a receipt only to a client of its own studio', async () => {
    const first = await openTestStudio(database, 'd');
    const second = await openTestStudio(database, 'e');
    const [client] = await database.db.insert(customers).values({ studioId: first.id, code: '1002' }).returning({ id: customers.id });
    const receipt = { receipt: '777', valueCents: 38_000, soldOn: '2026-11-20', customerId: client!.id };
    await database.db.insert(sales).values({ studioId: first.id, ...receipt });
    await expect(database.db.insert(sales).values({ studioId: second.id, ...receipt })).rejects.toThrow();
  });

  it('keys clients by studio and código', async () => {
    const studio = await openTestStudio(database, 'c');
    await database.db.insert(customers).values({ studioId: studio.id, code: '1002', name: 'BRUNO LIMA 91' });
    await expect(database.db.insert(customers).values({ studioId: studio.id, code: '1002', name: 'Outro' })).rejects.toThrow();
  });
});
