/** storeCustomers on both drivers: within one import, a client is written again only for something new. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customers } from '../../db/schema/index.ts';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../../test/databases.ts';
import { storeCustomers } from './customers.ts';
import type { StoreContext } from './store-context.ts';
import { openTestImport } from './store-context.testing.ts';

describeEachDriver('storeCustomers', (driver) => {
  let database: TestDatabase;
  let context: StoreContext;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    context = (await openTestImport(database, 'clientes.xlsx'))();
  });
  afterAll(() => database.close());

  const stored = async (code: string) => {
    const [row] = await database.db.select({ status: customers.status, statusOn: customers.statusOn, phone: customers.phone }).from(customers).where(eq(customers.code, code));
    return row;
  };

  it('takes a client this import already wrote, with nothing new, from memory', async () => {
    const first = await storeCustomers(context, [
      { code: '1001', name: 'ANA SOUZA 12', status: 'Ativo' },
      { code: '1002', name: 'BRUNO LIMA 91' },
    ]);
    expect(first.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(context.customersWritten.get('1001')).toEqual({ id: first.ids.get('1001'), facts: { code: '1001', name: 'ANA SOUZA 12', status: 'Ativo', statusOn: '2026-11-20' } });

    // A remembered id that is not in the database shows that nothing was read or written.
    context.customersWritten.set('1002', { ...context.customersWritten.get('1002')!, id: -1 });
    const again = await storeCustomers(context, [
      { code: '1002', name: 'BRUNO LIMA 91' },
      { code: '1002', name: null },
      { code: '1001', name: 'ANA SOUZA 12' },
    ]);
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect(again.ids.get('1002')).toBe(-1);
    expect(again.ids.get('1001')).toBe(first.ids.get('1001'));
    expect(again.duplicateCodes).toEqual(['1002']);
    context.customersWritten.set('1002', { ...context.customersWritten.get('1002')!, id: first.ids.get('1002')! });
  });

  it('writes a client again for a new field, and remembers it', async () => {
    const result = await storeCustomers(context, [{ code: '1001', phone: '+5511987654321' }]);
    expect(result.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored('1001'))?.phone).toBe('+5511987654321');
    expect(context.customersWritten.get('1001')?.facts).toEqual({ code: '1001', name: 'ANA SOUZA 12', status: 'Ativo', statusOn: '2026-11-20', phone: '+5511987654321' });
  });

  it('writes a status again when it comes from another snapshot date', async () => {
    const later = { ...context, snapshotOn: '2026-11-27' };
    expect((await storeCustomers(later, [{ code: '1001', status: 'Ativo' }])).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(context.customersWritten.get('1001')?.facts.statusOn).toBe('2026-11-27');
    expect((await storeCustomers(later, [{ code: '1002', status: 'Bloqueado' }])).counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await stored('1002')).toMatchObject({ status: 'Bloqueado', statusOn: '2026-11-27' });
  });
});
