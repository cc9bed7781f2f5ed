import { afterAll, beforeAll, expect, it } from 'vitest';
import { isNotNull } from 'drizzle-orm';
import { computeDailySnapshot } from '../../analytics/daily-snapshot.ts';
import { actions } from '../../db/schema/index.ts';
import { addStaff } from '../../db/staff-directory.ts';
import { saveStudioSettings, type Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import type { Channel } from '../../db/schema/index.ts';
import type { OutboundMessage } from '../transport.ts';
import { runOutreach } from './run-outreach.ts';

describeEachDriver('runOutreach over a weekend', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  const sent: { to: string; message: OutboundMessage; at: Date }[] = [];
  let clock = new Date();
  const whatsapp = { send: async (to: string, message: OutboundMessage) => (sent.push({ to, message, at: clock }), { transportMessageId: `wa-${sent.length}` }) };
  const senders = new Map<Channel, typeof whatsapp>([['whatsapp', whatsapp]]);
  const round = (at: string) => {
    clock = new Date(at);
    return runOutreach({ db: database.db, studio, now: clock, model: null, senders, dryRun: false, workerId: 'teste' });
  };

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    await (await importDemo(database.db, studio, { customers: 120, seed: 5, asOf: '2026-11-28' })).remove();
    await addStaff(database.db, studio.id, { phone: '+5511987651111', name: 'Júlia Ramos', role: 'secretary' });
    studio.settings = await saveStudioSettings(database.db, studio.id, { ...studio.settings, playbooks: { 'expires-within-15-days': true, 'trial-without-plan': true, 'acceptance-pending-48h': true } }, new Date());
  });
  afterAll(() => database?.close());

  it('holds automated client messages queued on Saturday at 22:00 until Monday 08:00, while staff alerts go when due', async () => {
    const saturday = await round('2026-11-28T22:00:00-03:00');
    const toClients = saturday.messages.filter((message) => message.audience === 'client' && message.status !== 'skipped');
    expect(toClients.length).toBeGreaterThan(0);
    expect(toClients.every((message) => message.status === 'deferred' && message.reason === 'quiet-hours')).toBe(true);
    expect(saturday.messages.filter((message) => message.audience === 'staff').every((message) => message.status === 'sent')).toBe(true);
    const staffSent = sent.length;
    for (const at of ['2026-11-28T23:30:00-03:00', '2026-11-29T09:00:00-03:00', '2026-11-29T20:00:00-03:00', '2026-11-30T07:59:00-03:00']) {
      const quiet = await round(at);
      expect(quiet.messages.filter((message) => message.audience === 'client' && message.status === 'sent'), at).toEqual([]);
    }
    // Monday's briefing is not configured (no owner) and Sunday has no alert: nothing else left.
    expect(sent.length).toBe(staffSent);
    studio.settings.sendRate = { secondsBetweenMessages: 0, jitterSeconds: 0, dailyMaximum: 200 };
    const monday = await round('2026-11-30T08:00:00-03:00');
    const released = monday.messages.filter((message) => message.audience === 'client' && message.status === 'sent');
    expect(released.length).toBeGreaterThanOrEqual(toClients.length);
    expect(sent.filter((message) => message.at.toISOString() === '2026-11-30T11:00:00.000Z').length).toBeGreaterThanOrEqual(toClients.length);
  });

  it('counts the alert’s tasks and the automated messages among the studio’s playbook outcomes', async () => {
    const acted = await database.db.selectDistinct({ customerId: actions.customerId }).from(actions).where(isNotNull(actions.customerId));
    expect(acted.length).toBeGreaterThan(0);
    const snapshot = await computeDailySnapshot(database.db, studio, '2026-11-30');
    expect(snapshot.metrics.details.playbookOutcomes).toMatchObject({ windowDays: 30, total: { clients: acted.length, saved: 0, revenueKeptCents: 0 } });
  });
});
