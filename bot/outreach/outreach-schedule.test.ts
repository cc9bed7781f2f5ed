import { afterAll, beforeAll, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { eq } from 'drizzle-orm';
import { startJobQueue } from '../../db/job-queue.ts';
import { outbox, studioMetrics } from '../../db/schema/index.ts';
import { addStaff } from '../../db/staff-directory.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import { dailyCron, queueName, scheduleOutreach, type OutreachSchedule } from './outreach-schedule.ts';

it('turns a clock time into a daily cron', () => {
  expect(dailyCron('07:00')).toBe('0 7 * * *');
  expect(dailyCron('08:30')).toBe('30 8 * * *');
});

async function until<T>(probe: () => Promise<T | null | undefined | false>, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeEachDriver('the outreach schedule on pg-boss', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let boss: PgBoss;
  let schedule: OutreachSchedule;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    await (await importDemo(database.db, studio, { customers: 60, seed: 3, asOf: '2026-11-24' })).remove();
    await addStaff(database.db, studio.id, { phone: '+5511987651111', name: 'Júlia Ramos', role: 'secretary' });
    boss = await startJobQueue(database, { onError: (error) => errors.push(error) });
    // Tuesday 08:30 in São Paulo.
    schedule = await scheduleOutreach({ boss, db: database.db, studioId: studio.id, model: null, onError: (error) => errors.push(error), now: () => new Date('2026-11-24T11:30:00Z'), pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: true, wait: true });
    await database?.close();
  });

  it('computes the snapshot when asked after an import, and queues the front desk’s alert when its job runs', async () => {
    await schedule.snapshotSoon();
    await until(async () => (await database.db.select().from(studioMetrics).where(eq(studioMetrics.metricOn, '2026-11-24'))).length > 0);
    await boss.send(queueName(studio, 'front-desk-alert'), {});
    const alert = await until(async () => {
      const rows = await database.db.select().from(outbox).where(eq(outbox.purpose, 'front-desk-alert'));
      return rows.length > 0 && rows;
    });
    expect(alert[0]).toMatchObject({ audience: 'staff', channel: 'whatsapp', recipient: '5511987651111@s.whatsapp.net', status: 'pending' });
    expect(alert[0]!.idempotencyKey).toMatch(/^front-desk-alert:2026-11-24:staff:\d+:part:1$/);
    expect(errors).toEqual([]);
  });
});
