import { DisconnectReason, type WAMessage } from '@whiskeysockets/baileys';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { whatsappAuth } from '../../../db/schema/index.ts';
import type { Studio } from '../../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../../test/databases.ts';
import { FakeWhatsappSocket } from '../../../test/fake-whatsapp-socket.ts';
import type { InboundMessage, Transport } from '../../transport.ts';
import { loggedOutNotice } from './link-notices.ts';
import { whatsappTransport, type WhatsappTransportOptions } from './whatsapp-transport.ts';

const staffPhoneJid = '5511987654321@s.whatsapp.net';
const staffLid = '123456789012345@lid';
const otherStaffLid = '98765432109876@lid';

let sequence = 0;
function textMessage(remoteJid: string, text: string, key: Partial<WAMessage['key']> = {}): WAMessage {
  sequence += 1;
  return {
    key: { remoteJid, fromMe: false, id: `MSG-${sequence}`, ...key },
    message: { conversation: text },
    messageTimestamp: 1_764_000_000 + sequence,
  };
}

/** A transport on the test database with a fake socket factory, and everything it showed or received. */
interface Harness {
  transport: Transport;
  sockets: FakeWhatsappSocket[];
  received: InboundMessage[];
  qrs: string[];
  notices: string[];
  sleeps: number[];
  /** The socket the transport made last. */
  socket(): FakeWhatsappSocket;
}

describeEachDriver('WhatsApp transport', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  const started: Transport[] = [];
  let studios = 0;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.close());
  // Each test links its own studio, so no auth state is shared between tests.
  beforeEach(async () => {
    studios += 1;
    studio = await openTestStudio(database, `estudio-${studios}`);
  });
  afterEach(async () => {
    for (const transport of started.splice(0)) await transport.stop();
  });

  async function startTransport(options: Partial<WhatsappTransportOptions> = {}): Promise<Harness> {
    const harness: Omit<Harness, 'transport'> = {
      sockets: [],
      received: [],
      qrs: [],
      notices: [],
      sleeps: [],
      socket: () => harness.sockets.at(-1)!,
    };
    const transport = whatsappTransport({
      db: database.db,
      studioId: studio.id,
      logger: pino({ level: 'silent' }),
      onQr: (qr) => harness.qrs.push(qr),
      onNotice: (text) => harness.notices.push(text),
      createSocket: (auth) => {
        const socket = new FakeWhatsappSocket(auth);
        harness.sockets.push(socket);
        return socket;
      },
      sleep: async (ms) => {
        harness.sleeps.push(ms);
      },
      ...options,
    });
    started.push(transport);
    await transport.start(async (message) => {
      harness.received.push(message);
    });
    return { ...harness, transport };
  }

  async function authRows(category?: string): Promise<number> {
    const [row] = await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(whatsappAuth)
      .where(and(eq(whatsappAuth.studioId, studio.id), category ? eq(whatsappAuth.category, category) : undefined));
    return row?.count ?? 0;
  }

  it('shows the QR, reconnects through the factory on every close but loggedOut, backing off until it opens', async () => {
    const whatsapp = await startTransport();
    expect(whatsapp.sockets).toHaveLength(1);
    whatsapp.socket().emit('connection.update', { qr: '2@qr-de-teste', connection: 'connecting' });
    expect(whatsapp.qrs).toEqual(['2@qr-de-teste']);

    const first = whatsapp.socket();
    first.close(DisconnectReason.restartRequired);
    await vi.waitFor(() => expect(whatsapp.sockets).toHaveLength(2));
    whatsapp.socket().close(DisconnectReason.connectionLost);
    await vi.waitFor(() => expect(whatsapp.sockets).toHaveLength(3));
    expect(whatsapp.sleeps).toEqual([1_000, 2_000]);

    // A socket already replaced is no longer listened to.
    first.close(DisconnectReason.connectionLost);
    whatsapp.socket().open();
    whatsapp.socket().close(DisconnectReason.connectionClosed);
    await vi.waitFor(() => expect(whatsapp.sockets).toHaveLength(4));
    expect(whatsapp.sleeps).toEqual([1_000, 2_000, 1_000]);
  });

  it('keeps the credentials Baileys updates, and reads them back on reconnection', async () => {
    const whatsapp = await startTransport();
    const first = whatsapp.socket();
    first.auth.creds.registered = true;
    first.auth.creds.me = { id: '5511900001111:3@s.whatsapp.net' };
    first.emit('creds.update', { registered: true, me: first.auth.creds.me });
    await vi.waitFor(async () => expect(await authRows('creds')).toBe(1));

    first.close(DisconnectReason.restartRequired);
    await vi.waitFor(() => expect(whatsapp.sockets).toHaveLength(2));
    expect(whatsapp.socket().auth.creds.registered).toBe(true);
    expect(whatsapp.socket().auth.creds.me?.id).toBe('5511900001111:3@s.whatsapp.net');
  });

  it('shows a pairing code instead of the QR when the studio number is configured, and the QR if WhatsApp refuses', async () => {
    const whatsapp = await startTransport({ pairingPhone: '+5511900001111' });
    whatsapp.socket().emit('connection.update', { qr: '2@primeiro' });
    whatsapp.socket().emit('connection.update', { qr: '2@segundo' });
    await vi.waitFor(() => expect(whatsapp.notices).toHaveLength(1));
    expect(whatsapp.socket().requestPairingCode).toHaveBeenCalledTimes(1);
    expect(whatsapp.socket().requestPairingCode).toHaveBeenCalledWith('5511900001111');
    expect(whatsapp.notices[0]).toContain('ABCD-1234');
    expect(whatsapp.qrs).toEqual([]);

    whatsapp.socket().close(DisconnectReason.connectionLost);
    await vi.waitFor(() => expect(whatsapp.sockets).toHaveLength(2));
    whatsapp.socket().requestPairingCode.mockRejectedValueOnce(new Error('bad-request'));
    whatsapp.socket().emit('connection.update', { qr: '2@terceiro' });
    await vi.waitFor(() => expect(whatsapp.qrs).toEqual(['2@terceiro']));
  });

  it('on loggedOut forgets the credentials, stops without reconnecting, and says so', async () => {
    const whatsapp = await startTransport();
    const socket = whatsapp.socket();
    socket.emit('creds.update', {});
    await socket.auth.keys.set({ 'pre-key': { '1': { public: Buffer.from([1]), private: Buffer.from([2]) } } });
    await vi.waitFor(async () => expect(await authRows()).toBe(2));

    socket.close(DisconnectReason.loggedOut);
    await vi.waitFor(() => expect(whatsapp.notices).toEqual([loggedOutNotice]));
    expect(await authRows()).toBe(0);
    expect(whatsapp.sockets).toHaveLength(1);
    expect(whatsapp.sleeps).toEqual([]);
    await expect(whatsapp.transport.send(staffPhoneJid, { kind: 'text', text: 'oi' })).rejects.toThrow('não está conectado');
  });

  it('hands the router a text from a phone-addressed chat with its phone, chat, id and time', async () => {
    const whatsapp = await startTransport();
    const message = textMessage(staffPhoneJid, 'quem está em risco hoje');
    whatsapp.socket().deliver(message);
    await vi.waitFor(() => expect(whatsapp.received).toHaveLength(1));
    expect(whatsapp.received[0]).toEqual({
      channel: 'whatsapp',
      address: staffPhoneJid,
      phone: '+5511987654321',
      text: 'quem está em risco hoje',
      transportMessageId: message.key.id,
      receivedAt: new Date(Number(message.messageTimestamp) * 1000),
    });
  });

  it('passes on what a person types on the studio’s phone, marked as such, and drops the echo of its own sends', async () => {
    const whatsapp = await startTransport();
    const socket = whatsapp.socket();
    socket.open();
    await vi.waitFor(() => expect(socket.user).toBeDefined());
    const { transportMessageId } = await whatsapp.transport.send(staffPhoneJid, { kind: 'text', text: 'do Pulso' }, { messageId: '3EB0ABC' });
    expect(transportMessageId).toBe('3EB0ABC');
    socket.deliver(textMessage(staffPhoneJid, 'do Pulso', { fromMe: true, id: '3EB0ABC' }), textMessage(staffPhoneJid, 'da recepção, no celular', { fromMe: true }), textMessage(staffPhoneJid, 'depois'));
    await vi.waitFor(() => expect(whatsapp.received.map((message) => message.text)).toContain('depois'));
    expect(whatsapp.received.map((message) => [message.text, message.fromStudioPhone ?? false])).toEqual([['da recepção, no celular', true], ['depois', false]]);
  });

  it('ignores groups, broadcasts, status, channels, messages without text, history and repeats', async () => {
    const whatsapp = await startTransport();
    const socket = whatsapp.socket();
    const first = textMessage(staffPhoneJid, 'primeira');
    socket.deliver(
      textMessage('120363012345678901@g.us', 'no grupo', { participant: staffPhoneJid }),
      textMessage('1764000000@broadcast', 'lista de transmissão'),
      textMessage('status@broadcast', 'status', { participant: staffPhoneJid }),
      textMessage('120363098765432109@newsletter', 'canal'),
      { key: { remoteJid: staffPhoneJid, fromMe: false, id: 'FIGURINHA' }, message: { stickerMessage: {} } },
      { key: { remoteJid: staffPhoneJid, fromMe: false, id: 'FOTO' }, message: { imageMessage: { caption: '  ' } } },
      first,
    );
    socket.emit('messages.upsert', { type: 'append', messages: [textMessage(staffPhoneJid, 'histórico')] });
    socket.deliver(first, textMessage(staffPhoneJid, 'última'));
    await vi.waitFor(() => expect(whatsapp.received.map((message) => message.text)).toContain('última'));
    expect(whatsapp.received.map((message) => message.text)).toEqual(['primeira', 'última']);
  });

  it('knows a staff member writing from a LID by the phone JID WhatsApp sends alongside', async () => {
    const whatsapp = await startTransport();
    whatsapp.socket().deliver(textMessage(staffLid, 'ficha da Carla', { remoteJidAlt: staffPhoneJid, addressingMode: 'lid' }));
    await vi.waitFor(() => expect(whatsapp.received).toHaveLength(1));
    expect(whatsapp.received[0]).toMatchObject({ address: staffLid, phone: '+5511987654321', text: 'ficha da Carla' });
  });

  it('knows a LID sender from the LID mapping store, still after a restart, and passes an unknown LID on without a phone', async () => {
    const before = await startTransport();
    // What Baileys does when a message reveals the pair (messages-recv.js, handleMessage).
    await before.socket().signalRepository.lidMapping.storeLIDPNMappings([{ lid: otherStaffLid, pn: '5511912345678@s.whatsapp.net' }]);
    before.socket().deliver(textMessage(otherStaffLid, 'resumo de ontem'));
    await vi.waitFor(() => expect(before.received).toHaveLength(1));
    expect(before.received[0]).toMatchObject({ address: otherStaffLid, phone: '+5511912345678' });
    await before.transport.stop();
    expect(await authRows('lid-mapping')).toBe(2);

    const after = await startTransport();
    expect(after.socket()).not.toBe(before.socket());
    after.socket().deliver(textMessage(otherStaffLid, 'quem vence essa semana'), textMessage('55555555555555@lid', 'oi, quanto custa?'));
    await vi.waitFor(() => expect(after.received).toHaveLength(2));
    expect(after.received[0]).toMatchObject({ address: otherStaffLid, phone: '+5511912345678', text: 'quem vence essa semana' });
    expect(after.received[1]).toMatchObject({ address: '55555555555555@lid', phone: null, text: 'oi, quanto custa?' });
  });

  it('sends text, a PNG with caption and a spreadsheet, returning WhatsApp ids', async () => {
    const whatsapp = await startTransport();
    whatsapp.socket().open();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const xlsx = Buffer.from('PK\x03\x04');
    expect(await whatsapp.transport.send(staffLid, { kind: 'text', text: 'Bom dia!' })).toEqual({ transportMessageId: 'ENVIADA-1' });
    expect(await whatsapp.transport.send(staffLid, { kind: 'image', png, caption: 'Receita dos últimos 90 dias' })).toEqual({ transportMessageId: 'ENVIADA-2' });
    await whatsapp.transport.send(staffLid, { kind: 'document', bytes: xlsx, fileName: 'renovacoes.xlsx', caption: 'Renovações da semana' });
    await whatsapp.transport.send(staffLid, { kind: 'document', bytes: xlsx, fileName: 'risco.xlsx' });
    expect(whatsapp.socket().sent).toEqual([
      { jid: staffLid, content: { text: 'Bom dia!' } },
      { jid: staffLid, content: { image: png, mimetype: 'image/png', caption: 'Receita dos últimos 90 dias' } },
      {
        jid: staffLid,
        content: {
          document: xlsx,
          fileName: 'renovacoes.xlsx',
          mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          caption: 'Renovações da semana',
        },
      },
      {
        jid: staffLid,
        content: { document: xlsx, fileName: 'risco.xlsx', mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      },
    ]);
  });

  it('stops by closing the socket, without unlinking the device and without reconnecting', async () => {
    const whatsapp = await startTransport();
    whatsapp.socket().emit('creds.update', {});
    await whatsapp.transport.stop();
    expect(whatsapp.socket().end).toHaveBeenCalledWith(undefined);
    expect(whatsapp.sockets).toHaveLength(1);
    expect(whatsapp.sleeps).toEqual([]);
    expect(await authRows('creds')).toBe(1);
  });
});
