import { afterEach, beforeEach, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { createRouter } from '../router.ts';
import type { OutboundMessage } from '../transport.ts';
import { drainOutbox } from './drain-outbox.ts';
import { enqueue } from '../../db/outbox-queue.ts';

describeEachDriver('an opt-out after a message was queued', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  beforeEach(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
  });
  afterEach(() => database.close());

  it('stops the queued message, even when the chat arrives under WhatsApp’s privacy id instead of the phone', async () => {
    const tuesday = new Date('2026-11-24T13:00:00Z');
    await enqueue(database.db, studio.id, [
      { idempotencyKey: 'trial-without-plan:lead:1:d1', channel: 'whatsapp', recipient: '5511912345678@s.whatsapp.net', audience: 'lead', purpose: 'trial-without-plan', payload: { kind: 'text', text: 'Oi! Como foi a aula?' }, dueAt: tuesday },
    ]);
    const router = createRouter({ db: database.db, studio, model: null });
    const reply = await router.handle({ channel: 'whatsapp', address: '201234567890123@lid', phone: '+5511912345678', text: 'SAIR', transportMessageId: 'w1', receivedAt: new Date('2026-11-24T12:59:00Z') });
    expect(reply.intent).toBe('opt-out');
    const sent: OutboundMessage[] = [];
    const deliveries = await drainOutbox({ db: database.db, studio, senders: new Map([['whatsapp', { send: async (_to: string, message: OutboundMessage) => (sent.push(message), { transportMessageId: 'x' }) }]]), workerId: 'w', now: () => tuesday });
    expect(deliveries.map((delivery) => [delivery.status, delivery.reason])).toEqual([['skipped', 'opted-out']]);
    expect(sent).toEqual([]);
    expect((await database.db.select({ status: outbox.status }).from(outbox))[0]!.status).toBe('opted_out');
  });
});
