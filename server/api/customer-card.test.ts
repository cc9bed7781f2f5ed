import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/database.ts';
import { openApiStudio, type ApiStudio } from '../../test/api-studio.ts';
import { describeEachDriver } from '../../test/databases.ts';

describeEachDriver('the client card over /api/v1 (360°)', (driver) => {
  let setup: ApiStudio;
  const card = async (code: string, role: 'owner' | 'secretary') =>
    (await fetch(`${setup.api}/customers/${code}`, { headers: { authorization: `Bearer ${setup.tokens[role]}` } })).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    setup = await openApiStudio(driver, { customers: 60, seed: 4, asOf: '2026-11-24' }, ['owner', 'secretary']);
  }, 120_000);
  afterAll(() => setup?.close());

  it('carries contracts, payments, blocks, attendance and acceptances, and conversations only for those who may read them', async () => {
    const [blocked] = await queryRows<{ code: string; sales: number }>(
      setup.database.db,
      sql`select c.code, (select count(*)::int from sales s where s.customer_id = c.id) as sales
          from blocks b join customers c on c.id = b.customer_id where b.studio_id = ${setup.studio.id} order by c.id limit 1`,
    );
    const owner = await card(blocked!.code, 'owner');
    expect((owner.payments as unknown[]).length).toBe(blocked!.sales);
    expect((owner.blocks as unknown[]).length).toBeGreaterThan(0);
    expect((owner.contracts as { balances: unknown[] }[]).length).toBeGreaterThan(0);
    expect(Array.isArray(owner.attendance) && Array.isArray(owner.acceptances)).toBe(true);
    expect(owner.conversations).toEqual([]);
    const secretary = await card(blocked!.code, 'secretary');
    expect(secretary.conversations).toBeNull();
    expect((secretary.payments as unknown[]).length).toBe(blocked!.sales);
  });
});
