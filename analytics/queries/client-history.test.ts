import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import { clientHistory } from './client-history.ts';

describeEachDriver('clientHistory', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    await (await importDemo(database.db, studio, { customers: 60, seed: 4, asOf: '2026-11-24' })).remove();
  });
  afterAll(() => database?.close());

  it('gathers a blocked client’s contracts with balances, payments, blocks and attendance, none after asOf', async () => {
    const [blocked] = await queryRows<{ customer_id: number; sales: number; value: number }>(
      database.db,
      sql`select b.customer_id, (select count(*)::int from sales s where s.customer_id = b.customer_id) as sales,
                 (select coalesce(sum(value_cents), 0)::int from sales s where s.customer_id = b.customer_id) as value
          from blocks b where b.studio_id = ${studio.id} order by b.customer_id limit 1`,
    );
    const story = await clientHistory(database.db, studio.id, blocked!.customer_id, '2026-11-24');
    expect(story.payments).toHaveLength(blocked!.sales);
    expect(story.payments.reduce((sum, payment) => sum + payment.valueCents, 0)).toBe(blocked!.value);
    expect(story.blocks.length).toBeGreaterThan(0);
    expect(story.contracts.length).toBeGreaterThan(0);
    expect(story.payments.every((payment, index, all) => index === 0 || all[index - 1]!.soldOn >= payment.soldOn)).toBe(true);
    const early = await clientHistory(database.db, studio.id, blocked!.customer_id, '2020-01-01');
    expect([early.payments.length, early.blocks.length]).toEqual([0, 0]);
  });
});
