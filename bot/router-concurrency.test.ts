/**
 * The router under concurrent traffic, on both drivers: messages handled at the same moment share
 * round trips (`group-calls.ts`), and still every message and reply is logged, each lead moves through
 * the funnel once per message, and a reply never comes back before its exchange is stored.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conversations, leads, messages } from '../db/schema/index.ts';
import { addStaff } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { importDemo, type ImportedDemo } from '../test/demo-studio.ts';
import { createRouter, type Router } from './router.ts';
import type { InboundMessage } from './transport.ts';

const asOf = '2026-11-24';
const secretary = '+5511987654321';
let sequence = 0;

function fromPhone(phone: string, text: string): InboundMessage {
  sequence += 1;
  return { channel: 'whatsapp', address: `${phone.slice(1)}@s.whatsapp.net`, phone, text, transportMessageId: `c${sequence}`, receivedAt: new Date(Date.UTC(2026, 10, 24, 13, 0, sequence)) };
}

describeEachDriver('the router under concurrent traffic', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;
  let router: Router;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 120, seed: 5, asOf });
    await addStaff(database.db, studio.id, { phone: secretary, name: 'Júlia Prado', role: 'secretary' });
    router = createRouter({ db: database.db, studio, model: null });
  });
  afterAll(async () => {
    await database.close();
    await demo.remove();
  });

  it('logs every message and reply of many senders at once, before each reply returns', async () => {
    const phones = Array.from({ length: 12 }, (_, index) => `+552199990${String(1000 + index)}`);
    // Each sender in order, all senders at once; the same lead twice in one instant moves twice.
    const texts = ['oi', 'quanto custa?', 'onde fica?'];
    const sent: InboundMessage[] = [];
    await Promise.all([
      ...phones.map(async (phone) => {
        for (const text of texts) {
          const message = fromPhone(phone, text);
          sent.push(message);
          const result = await router.handle(message, { asOf });
          expect(result.replies.length).toBeGreaterThan(0);
          const [stored] = await database.db.select({ id: messages.id }).from(messages).where(eq(messages.transportMessageId, message.transportMessageId!));
          expect(stored).toBeDefined(); // stored before the reply came back
        }
      }),
      (async () => {
        const message = fromPhone(secretary, 'quem esta em risco hj?');
        sent.push(message);
        expect((await router.handle(message, { asOf })).intent).toBe('risk-today');
      })(),
    ]);
    const inbound = await database.db.select({ transportMessageId: messages.transportMessageId }).from(messages).where(and(eq(messages.studioId, studio.id), eq(messages.direction, 'in')));
    expect(new Set(inbound.map((row) => row.transportMessageId))).toEqual(new Set(sent.map((message) => message.transportMessageId)));
    const outbound = await database.db.select({ id: messages.id }).from(messages).where(and(eq(messages.studioId, studio.id), eq(messages.direction, 'out')));
    expect(outbound.length).toBeGreaterThanOrEqual(sent.length);
    // greeting 5 + prices 20 + address 15 for every lead: no move lost to a shared statement.
    const rows = await database.db.select({ maturity: leads.maturity, stage: leads.stage }).from(leads).where(inArray(leads.phone, phones));
    expect(rows).toEqual(phones.map(() => ({ maturity: 40, stage: 'engajado' })));
    const last = await database.db.select({ at: conversations.lastMessageAt }).from(conversations).where(eq(conversations.address, `${phones[0]!.slice(1)}@s.whatsapp.net`));
    expect(last[0]!.at).toEqual(sent.filter((message) => message.phone === phones[0]).at(-1)!.receivedAt);
  });

  it('moves one lead twice when two of its messages are logged in the same instant', async () => {
    const phone = '+5521999977777';
    await router.handle(fromPhone(phone, 'oi'), { asOf });
    await Promise.all([router.handle(fromPhone(phone, 'quanto custa?'), { asOf }), router.handle(fromPhone(phone, 'que horas abre?'), { asOf })]);
    const [row] = await database.db.select({ maturity: leads.maturity }).from(leads).where(eq(leads.phone, phone));
    expect(row!.maturity).toBe(5 + 20 + 15);
  });
});
