import { afterEach, beforeEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { optOuts, outbox } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import type { OutboundMessage, SendOptions } from '../transport.ts';
import { drainOutbox } from './drain-outbox.ts';
import { enqueue, type QueuedMessage } from '../../db/outbox-queue.ts';
import { maximumAttempts } from './retry-delay.ts';

/** Tuesday 2026-11-24 10:00 in São Paulo. */
const tuesdayMorning = new Date('2026-11-24T13:00:00Z');

function recordingSender(failWhen: (count: number) => boolean = () => false) {
  const sent: { address: string; message: OutboundMessage; messageId?: string }[] = [];
  let calls = 0;
  return {
    sent,
    async send(address: string, message: OutboundMessage, options?: SendOptions) {
      calls += 1;
      if (failWhen(calls)) throw new Error('rede fora do ar');
      sent.push({ address, message, messageId: options?.messageId });
      return { transportMessageId: `id-${sent.length}` };
    },
  };
}

const toClient = (key: string, recipient = '5511900000001@s.whatsapp.net'): QueuedMessage => ({
  idempotencyKey: key, channel: 'whatsapp', recipient, audience: 'client', purpose: 'expires-within-15-days', payload: { kind: 'text', text: `olá ${key}` }, dueAt: tuesdayMorning,
});

describeEachDriver('drainOutbox', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  beforeEach(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    studio.settings.sendRate = { secondsBetweenMessages: 0, jitterSeconds: 0, dailyMaximum: 200 };
  });
  afterEach(() => database.close());
  const drain = (sender: ReturnType<typeof recordingSender>, at: Date, workerId = 'w1') =>
    drainOutbox({ db: database.db, studio, senders: new Map([['whatsapp', sender]]), workerId, now: () => at, random: () => 0.5 });

  it('sends each due message once, with a network id from its key, and stores the network id it got back', async () => {
    await enqueue(database.db, studio.id, [toClient('a'), toClient('b')]);
    expect((await enqueue(database.db, studio.id, [toClient('a')])).size).toBe(0);
    const sender = recordingSender();
    const deliveries = await drain(sender, tuesdayMorning);
    expect(deliveries.map((d) => d.status)).toEqual(['sent', 'sent']);
    expect(await drain(sender, tuesdayMorning)).toEqual([]);
    expect(sender.sent).toHaveLength(2);
    expect(sender.sent[0]!.messageId).toMatch(/^3EB0[0-9A-F]{36}$/);
    const rows = await database.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.map((row) => [row.status, row.attempts, row.transportMessageId])).toEqual([['sent', 1, 'id-1'], ['sent', 1, 'id-2']]);
  });

  it('blanks a secret text (a sign-in code) in its row once sent', async () => {
    await enqueue(database.db, studio.id, [{ ...toClient('codigo', 'dona'), audience: 'staff', purpose: 'sign-in-code', payload: { kind: 'text', text: 'Seu código: 123456', secret: true } }]);
    const sender = recordingSender();
    await drain(sender, tuesdayMorning);
    expect(sender.sent[0]!.message).toEqual({ kind: 'text', text: 'Seu código: 123456' });
    const [row] = await database.db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.idempotencyKey, 'codigo'));
    expect(JSON.stringify(row!.payload)).not.toContain('123456');
  });

  it('holds messages to clients during quiet hours and Sundays, but not staff alerts', async () => {
    const saturdayNight = new Date('2026-11-29T01:00:00Z');
    await enqueue(database.db, studio.id, [{ ...toClient('c'), dueAt: saturdayNight }, { ...toClient('s', 'dona'), audience: 'staff', purpose: 'owner-briefing', dueAt: saturdayNight }]);
    const sender = recordingSender();
    const deliveries = await drain(sender, saturdayNight);
    expect(deliveries.map((d) => [d.purpose, d.status, d.reason])).toEqual([['expires-within-15-days', 'deferred', 'quiet-hours'], ['owner-briefing', 'sent', null]]);
    expect(deliveries[0]!.dueAt.toISOString()).toBe('2026-11-30T11:00:00.000Z');
    expect(await drain(sender, new Date('2026-11-30T10:59:00Z'))).toEqual([]);
    expect((await drain(sender, new Date('2026-11-30T11:00:00Z'))).map((d) => d.status)).toEqual(['sent']);
  });

  it('checks the opt-out list when sending, not only when queueing', async () => {
    await enqueue(database.db, studio.id, [toClient('d')]);
    await database.db.insert(optOuts).values({ studioId: studio.id, channel: 'whatsapp', address: '5511900000001@s.whatsapp.net', keyword: 'SAIR' });
    const sender = recordingSender();
    expect((await drain(sender, tuesdayMorning)).map((d) => [d.status, d.reason])).toEqual([['skipped', 'opted-out']]);
    expect(sender.sent).toHaveLength(0);
    expect((await database.db.select({ status: outbox.status }).from(outbox))[0]!.status).toBe('opted_out');
  });

  it('paces messages to clients from one number and stops at the daily maximum', async () => {
    studio.settings.sendRate = { secondsBetweenMessages: 3, jitterSeconds: 2, dailyMaximum: 2 };
    await enqueue(database.db, studio.id, [toClient('e'), toClient('f'), toClient('g')]);
    const sender = recordingSender();
    const first = await drain(sender, tuesdayMorning);
    // random() = 0.5: 3 s + 0.5 × 2 s = 4 s until the next slot.
    expect(first.map((d) => [d.status, d.reason, d.dueAt.toISOString()])).toEqual([
      ['sent', null, tuesdayMorning.toISOString()],
      ['deferred', 'pace', '2026-11-24T13:00:04.000Z'],
      ['deferred', 'pace', '2026-11-24T13:00:04.000Z'],
    ]);
    const second = await drain(sender, new Date('2026-11-24T13:00:04Z'));
    expect(second.map((d) => [d.status, d.reason])).toEqual([['sent', null], ['deferred', 'daily-maximum']]);
    // Midnight would be quiet hours: the third waits for 08:00 the next day.
    expect(second[1]!.dueAt.toISOString()).toBe('2026-11-25T11:00:00.000Z');
  });

  it('retries a failing send with backoff and marks it dead after the last attempt', async () => {
    await enqueue(database.db, studio.id, [toClient('h')]);
    const sender = recordingSender(() => true);
    let at = tuesdayMorning;
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= maximumAttempts; attempt++) {
      const [delivery] = await drain(sender, at);
      statuses.push(delivery!.status);
      at = delivery!.dueAt;
    }
    expect(statuses).toEqual([...Array(maximumAttempts - 1).fill('retrying'), 'dead']);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.idempotencyKey, 'h'));
    expect([row!.status, row!.attempts, row!.lastError]).toEqual(['dead', maximumAttempts, 'rede fora do ar']);
  });

  it('lets a second worker take over a claim whose worker died, with the same network id', async () => {
    await enqueue(database.db, studio.id, [toClient('i')]);
    await database.db.update(outbox).set({ status: 'sending', claimedBy: 'morto', claimedUntil: new Date(tuesdayMorning.getTime() - 1) });
    const sender = recordingSender();
    expect((await drain(sender, tuesdayMorning, 'w2')).map((d) => d.status)).toEqual(['sent']);
    await database.db.update(outbox).set({ status: 'sending', claimedBy: 'vivo', claimedUntil: new Date(tuesdayMorning.getTime() + 60_000) });
    expect(await drain(sender, tuesdayMorning, 'w3')).toEqual([]);
  });
});
