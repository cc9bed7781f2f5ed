/**
 * End to end with real telegraf against a fake Bot API server on 127.0.0.1: a secretary links her
 * Telegram with a one-time code, asks "quem esta em risco hj?" and receives the demo studio's ranked
 * list; an unknown chat asking the same gets nothing of it; and the same through a webhook on Pulso's
 * HTTP server, with Telegram's secret header checked.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { addStaff } from '../../db/staff-directory.ts';
import type { Studio } from '../../db/studio.ts';
import { issueTelegramLinkCode } from '../../db/telegram-link-codes.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo, type ImportedDemo } from '../../test/demo-studio.ts';
import { startFakeTelegram, type FakeTelegram } from '../../test/fake-telegram.ts';
import { createRouter } from '../router.ts';
import { serveTransports, type Serving } from '../serve.ts';
import { telegramTransport } from './telegram-transport.ts';

const token = '123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ';
const asOf = '2026-11-24';
/** Messages arrive on the demo's date (10:00 in São Paulo): the router answers for the day a message arrives. */
const arrival = new Date('2026-11-24T13:00:00Z');

describeEachDriver('Telegram transport against a fake Bot API', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;
  let fake: FakeTelegram;
  let serving: Serving;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 150, seed: 3, asOf });
    fake = await startFakeTelegram(token);
    const router = createRouter({ db: database.db, studio, model: null });
    serving = await serveTransports({ db: database.db, studio, router, transports: [telegramTransport({ token, apiRoot: fake.apiRoot })], onError: (error) => errors.push(error) });
  });
  afterAll(async () => {
    await serving?.stop();
    await fake?.close();
    await database?.close();
    await demo?.remove();
  });

  it('links a secretary by code, then answers "quem esta em risco hj?" with the ranked list', async () => {
    const member = await addStaff(database.db, studio.id, { phone: '+5511987654321', name: 'Júlia Prado', role: 'secretary' });
    const code = await issueTelegramLinkCode(database.db, studio.id, member!.id);
    fake.receive(5001, `/start ${code}`, arrival);
    const [linked] = await fake.waitForSent(1);
    expect(linked).toMatchObject({ method: 'sendMessage', chatId: '5001', text: 'Pronto, Júlia! Este Telegram agora fala com o Pulso como recepção. Escreva "ajuda" para ver o que posso fazer.' });

    fake.receive(5001, 'quem esta em risco hj?', arrival);
    const sent = await fake.waitForSent(2);
    expect(sent[1]!.chatId).toBe('5001');
    expect(sent[1]!.text).toMatch(/^\*Quem está em risco hoje\* \(terça-feira, 24\/11\/2026\): \d+ clientes?\n/);
    expect(sent[1]!.text).toContain('Motivos:');
  });

  it('a code works once; an unknown chat gets no staff data', async () => {
    fake.receive(6001, 'quem esta em risco hj?', arrival);
    const sent = await fake.waitForSent(3);
    expect(sent[2]!.chatId).toBe('6001');
    expect(sent[2]!.text).not.toContain('Motivos:');
    expect(errors).toEqual([]);
  });

  it('with a public URL, receives updates on Pulso’s HTTP server, checking Telegram’s secret header', async () => {
    const transport = telegramTransport({ token, apiRoot: fake.apiRoot, publicUrl: 'https://pulso.exemplo.com.br' });
    const app = createApp({ database, studio, appVersion: 'teste', logger: pino({ level: 'silent' }), webhooks: [transport.webhook!] });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const viaWebhook = await serveTransports({ db: database.db, studio, router: createRouter({ db: database.db, studio, model: null }), transports: [transport], onError: (error) => errors.push(error) });
    try {
      expect(fake.webhook).toEqual({ url: `https://pulso.exemplo.com.br${transport.webhook!.path}`, secretToken: expect.stringMatching(/^[0-9a-f]{48}$/) });
      const post = (secret: string) =>
        fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${transport.webhook!.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: JSON.stringify(fake.update(5001, 'bloqueados', arrival)),
        });
      expect((await post('segredo-errado')).status).toBe(403);
      const before = fake.sent.length;
      expect((await post(fake.webhook!.secretToken)).status).toBe(200);
      const sent = await fake.waitForSent(before + 1);
      expect(sent.at(-1)).toMatchObject({ chatId: '5001', text: expect.stringMatching(/^\*Bloqueados\* \(24\/11\/2026\)/) });
    } finally {
      await viaWebhook.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
