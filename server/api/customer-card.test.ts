import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDailySnapshot } from '../../analytics/daily-snapshot.ts';
import { queryRows } from '../../db/database.ts';
import { addStaff } from '../../db/staff-directory.ts';
import { issueStaffToken } from '../../db/staff-tokens.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import { startAppServer, type AppServer } from '../../test/app-server.ts';

const asOf = '2026-11-24';

describeEachDriver('the client card over /api/v1 (360°)', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let app: AppServer;
  let base: string;
  const tokens: Record<string, string> = {};
  const card = async (code: string, role: string) => (await fetch(`${base}/customers/${code}`, { headers: { authorization: `Bearer ${tokens[role]}` } })).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    await (await importDemo(database.db, studio, { customers: 60, seed: 4, asOf })).remove();
    await runDailySnapshot(database.db, studio, asOf);
    for (const [role, phone] of [['owner', '+5511990000001'], ['secretary', '+5511990000003']] as const) {
      const member = await addStaff(database.db, studio.id, { phone, role, name: `Pessoa ${role}` });
      tokens[role] = (await issueStaffToken(database.db, studio.id, member!.id, null)).token;
    }
    app = await startAppServer(database, studio);
    base = `${app.base}/api/v1`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('carries contracts, payments, blocks, attendance and acceptances, and conversations only for those who may read them', async () => {
    const [blocked] = await queryRows<{ code: string; sales: number }>(
      database.db,
      sql`select c.code, (select count(*)::int from sales s where s.customer_id = c.id) as sales
          from blocks b join customers c on c.id = b.customer_id where b.studio_id = ${studio.id} order by c.id limit 1`,
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
