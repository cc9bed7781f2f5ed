import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../test/databases.ts';
import { queryRows } from './database.ts';
import { startJobQueue } from './job-queue.ts';

async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEachDriver('job queue (pg-boss)', (driver) => {
  let database: TestDatabase;
  let boss: PgBoss;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    boss = await startJobQueue(database, { onError: (error) => errors.push(error) });
  });
  afterAll(async () => {
    await boss.stop({ graceful: true, wait: true });
    await database.close();
  });

  it('creates its schema and a queue', async () => {
    expect(await boss.isInstalled()).toBe(true);
    await boss.createQueue('studio-test');
    expect(await boss.getQueue('studio-test')).toMatchObject({ name: 'studio-test', policy: 'standard' });
  });

  it('hands a job sent to one worker, once, and records it completed', async () => {
    const handled: unknown[] = [];
    await boss.work<{ customer: string }>('studio-test', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      handled.push(job!.data);
      return { sent: true };
    });
    const id = await boss.send('studio-test', { customer: '1042' });
    expect(id).toEqual(expect.any(String));
    await waitUntil('the job is completed', async () => (await boss.getJobById('studio-test', id!))?.state === 'completed');
    await boss.offWork('studio-test');
    expect(handled).toEqual([{ customer: '1042' }]);
    expect(await boss.getJobById('studio-test', id!)).toMatchObject({ state: 'completed', output: { sent: true } });
    expect(await boss.fetch('studio-test')).toEqual([]);
  });

  it('stores a schedule in the studio time zone', async () => {
    await boss.schedule('studio-test', '30 7 * * *', { job: 'briefing' }, { tz: 'America/Sao_Paulo' });
    expect(await boss.getSchedules()).toEqual([
      expect.objectContaining({ name: 'studio-test', cron: '30 7 * * *', timezone: 'America/Sao_Paulo', data: { job: 'briefing' } }),
    ]);
  });

  it('stops cleanly and leaves the database usable, pg-boss tables included', async () => {
    await boss.stop({ graceful: true, wait: true });
    const [row] = await queryRows<{ jobs: number }>(database.db, sql`select count(*)::int as jobs from pgboss.job`);
    expect(row!.jobs).toBeGreaterThanOrEqual(1);
    expect((await database.executeSql('select 1 as one; select 2 as two')).rows).toEqual([{ one: 1 }, { two: 2 }]);
    expect(errors).toEqual([]);
  });
});
