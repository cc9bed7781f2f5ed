/** salesWriter on both drivers: chunks written one behind the other, and a failed write reported as itself. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sales } from '../../db/schema/index.ts';
import type { PulsoDb } from '../../db/database.ts';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../../test/databases.ts';
import { salesWriter } from './sales.ts';
import type { StoreContext } from './store-context.ts';
import { openTestImport } from './store-context.testing.ts';

function receipt(receiptNumber: string, code: string, sourceRow: number) {
  return {
    receipt: receiptNumber, code, name: `CLIENTE ${code}`, status: 'Finalizado', description: 'CALISTENIA 2X NA SEMANA MENSAL',
    value: 29_000, paymentMethod: 'Pix', soldAt: { date: '2026-11-02', time: '08:00:00' }, origin: 'Balcão',
    receiptResponsible: null, consultant: null, sourceRow,
  };
}

describeEachDriver('salesWriter', (driver) => {
  let database: TestDatabase;
  let context: (db?: PulsoDb) => StoreContext;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    context = await openTestImport(database, 'vendas.xlsx');
  });
  afterAll(() => database.close());

  it('writes every chunk and counts them, the next chunk sent while the one before may still be written', async () => {
    const writer = salesWriter(context());
    await writer.add([receipt('900', '1', 2), receipt('900', '1', 3)]);
    await writer.add([receipt('900', '2', 4), receipt('901', '2', 5)]);
    expect((await writer.finish()).counts).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
    const stored = await database.db.select({ receipt: sales.receipt, item: sales.item }).from(sales);
    expect(stored.map((row) => `${row.receipt}/${row.item}`).sort()).toEqual(['900/1', '900/2', '900/3', '901/1']);
  });

  it("reports a chunk's failed write, not the aborted transaction the next chunk then meets", async () => {
    const failure = database.db.transaction(async (tx) => {
      const writing = context(tx as unknown as PulsoDb);
      // A remembered client id no row has: the chunk's insert breaks the foreign key.
      writing.customersWritten.set('77', { id: 987_654, facts: { code: '77', name: 'CLIENTE 77' } });
      const writer = salesWriter(writing);
      await writer.add([receipt('950', '77', 2)]);
      // A client not seen before: preparing this chunk writes to the aborted transaction.
      await writer.add([receipt('951', '78', 3)]);
      await writer.finish();
    });
    await expect(failure).rejects.toSatisfy((error: Error) => /sales_customer_fk/.test(`${error.message} ${String(error.cause)}`));
  });
});
