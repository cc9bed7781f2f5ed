/**
 * WhatsApp as a Transport, through Baileys (WhatsApp Web's multi-device protocol) with its auth state
 * in the database. It links the studio's number (QR or pairing code), keeps the connection up with
 * exponential backoff, hands the router only new one-to-one text messages, each once, with the
 * sender's phone even when WhatsApp hides it behind a LID, and sends text, images and spreadsheets.
 * When WhatsApp unlinks the device (logged out) it forgets the credentials and stops, saying so.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { DisconnectReason, toNumber, type BaileysEventMap, type ConnectionState } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import type { PulsoDb } from '../../../db/database.ts';
import { maskPhone } from '../../../domain/phone.ts';
import type { InboundMessage, OutboundMessage, SendOptions, Transport } from '../../transport.ts';
import { createBaileysSocket, type CreateWhatsappSocket, type WhatsappSocket } from './baileys-socket.ts';
import { loadDatabaseAuthState, type DatabaseAuthState } from './database-auth-state.ts';
import { incomingText } from './inbound-text.ts';
import { loggedOutNotice, pairingCodeNotice, qrNotice } from './link-notices.ts';
import { messageContent } from './outbound-content.ts';
import { RecentMessageIds } from './recent-message-ids.ts';
import { reconnectDelayMs } from './reconnect-delay.ts';
import { phoneFromJid, senderPhone } from './sender-phone.ts';

export interface WhatsappTransportOptions {
  db: PulsoDb;
  /** Whose WhatsApp number this is: its auth state is stored under this studio. */
  studioId: number;
  /** Pulso's logger; this transport never logs a phone unmasked, nor message text. */
  logger: Logger;
  /** The studio's WhatsApp number in E.164: when set, linking shows a pairing code instead of the QR. */
  pairingPhone?: string | null;
  /** Shows the QR to link the number; by default prints its text with instructions on stdout. */
  onQr?: (qr: string) => void;
  /** Tells the person running Pulso something (the pairing code, that the number was unlinked); stdout by default. */
  onNotice?: (text: string) => void;
  /** Makes the socket; tests pass a fake one. Default: Baileys' makeWASocket. */
  createSocket?: CreateWhatsappSocket;
  /** Waits before a reconnection; rejects when `signal` aborts (on stop). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** One socket's life, from creation to its close. */
interface Connection {
  socket: WhatsappSocket;
  auth: DatabaseAuthState;
  pairingCode: 'not-requested' | 'requested' | 'failed';
  detach(): void;
}

/** Enough to catch redeliveries, which come within minutes. */
const recentIdsKept = 2_000;

function disconnectStatus(error: Error | undefined): number | undefined {
  return (error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode;
}

function maskedAccount(socket: WhatsappSocket): string {
  const phone = socket.user?.id ? phoneFromJid(socket.user.id) : null;
  return phone ? maskPhone(phone) : 'desconhecida';
}

class WhatsappTransport implements Transport {
  readonly channel = 'whatsapp' as const;
  private readonly createSocket: CreateWhatsappSocket;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly showQr: (qr: string) => void;
  private readonly notify: (text: string) => void;
  private readonly recentIds = new RecentMessageIds(recentIdsKept);
  private readonly stopping = new AbortController();
  private onMessage: ((message: InboundMessage) => Promise<void>) | null = null;
  private connection: Connection | null = null;
  private stopped = false;
  private failedAttempts = 0;
  /** The current connect or reconnect, so stop() waits for it. */
  private connecting: Promise<void> = Promise.resolve();
  /** Inbound messages are handled one after another, in the order WhatsApp delivered them. */
  private inbound: Promise<void> = Promise.resolve();
  /** Credential saves run in order, so an older state never overwrites a newer one. */
  private credsSaves: Promise<void> = Promise.resolve();

  constructor(private readonly options: WhatsappTransportOptions) {
    this.createSocket = options.createSocket ?? createBaileysSocket;
    this.sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
    this.showQr = options.onQr ?? ((qr) => void qrNotice(qr).then((notice) => process.stdout.write(notice)));
    this.notify = options.onNotice ?? ((text) => process.stdout.write(text));
  }

  async start(onMessage: (message: InboundMessage) => Promise<void>): Promise<void> {
    if (this.onMessage) throw new Error('O WhatsApp já foi iniciado.');
    this.onMessage = onMessage;
    this.connecting = this.connect();
    await this.connecting;
  }

  async send(address: string, message: OutboundMessage, options: SendOptions = {}): Promise<{ transportMessageId: string | null }> {
    const connection = this.connection;
    if (!connection) throw new Error('O WhatsApp não está conectado; a mensagem não foi enviada.');
    const sent = await connection.socket.sendMessage(address, messageContent(message), options.messageId ? { messageId: options.messageId } : undefined);
    // WhatsApp echoes our own sends back as `fromMe`: remembered, they are not taken for a person's reply.
    if (sent?.key.id) this.recentIds.remember(sent.key.id);
    return { transportMessageId: sent?.key.id ?? null };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    await this.connecting.catch(() => {});
    const connection = this.connection;
    this.connection = null;
    if (connection) {
      await connection.socket.end(undefined);
      connection.detach();
    }
    await this.inbound;
    await this.credsSaves;
  }

  private async connect(): Promise<void> {
    const auth = await loadDatabaseAuthState(this.options.db, this.options.studioId);
    const socket = this.createSocket(auth.state);
    const onCreds = () => {
      this.credsSaves = this.credsSaves
        .then(() => auth.saveCreds())
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'Falha ao salvar as credenciais do WhatsApp'));
    };
    const onConnection = (update: Partial<ConnectionState>) => this.connectionChanged(connection, update);
    const onMessages = (upsert: BaileysEventMap['messages.upsert']) => {
      this.inbound = this.inbound.then(() => this.receive(connection, upsert));
    };
    const connection: Connection = {
      socket,
      auth,
      pairingCode: 'not-requested',
      detach: () => {
        socket.ev.off('creds.update', onCreds);
        socket.ev.off('connection.update', onConnection);
        socket.ev.off('messages.upsert', onMessages);
      },
    };
    socket.ev.on('creds.update', onCreds);
    socket.ev.on('connection.update', onConnection);
    socket.ev.on('messages.upsert', onMessages);
    this.connection = connection;
  }

  private connectionChanged(connection: Connection, update: Partial<ConnectionState>): void {
    if (connection !== this.connection) return;
    if (update.qr) {
      this.showLink(connection, update.qr).catch((error: unknown) => this.options.logger.error({ err: error }, 'Falha ao mostrar como conectar o WhatsApp'));
    }
    if (update.connection === 'open') {
      this.failedAttempts = 0;
      this.options.logger.info({ account: maskedAccount(connection.socket) }, 'WhatsApp conectado');
    }
    if (update.connection === 'close') {
      this.connecting = this.closed(connection, update.lastDisconnect?.error).catch((error: unknown) =>
        this.options.logger.error({ err: error }, 'Falha ao tratar a desconexão do WhatsApp'),
      );
    }
  }

  /** The QR, or once per socket a pairing code when the number is configured and not linked yet. */
  private async showLink(connection: Connection, qr: string): Promise<void> {
    const phone = this.options.pairingPhone;
    if (phone && !connection.auth.state.creds.registered && connection.pairingCode !== 'failed') {
      if (connection.pairingCode === 'requested') return;
      connection.pairingCode = 'requested';
      try {
        const code = await connection.socket.requestPairingCode(phone.replace(/\D/g, ''));
        this.notify(pairingCodeNotice(code));
        return;
      } catch (error) {
        connection.pairingCode = 'failed';
        this.options.logger.warn({ err: error }, 'O WhatsApp recusou o pedido de código de pareamento; use o QR code');
      }
    }
    this.showQr(qr);
  }

  private async closed(connection: Connection, error: Error | undefined): Promise<void> {
    connection.detach();
    this.connection = null;
    if (this.stopped) return;
    const status = disconnectStatus(error);
    if (status === DisconnectReason.loggedOut) {
      this.stopped = true;
      await this.credsSaves;
      await connection.auth.clear();
      this.options.logger.warn('WhatsApp desconectado pelo celular: credenciais apagadas, transporte parado');
      this.notify(loggedOutNotice);
      return;
    }
    await this.reconnect(status);
  }

  private async reconnect(status: number | undefined): Promise<void> {
    while (!this.stopped) {
      const waitMs = reconnectDelayMs(this.failedAttempts);
      this.failedAttempts += 1;
      this.options.logger.warn({ status, waitMs }, 'Conexão com o WhatsApp caiu; reconectando');
      try {
        await this.sleep(waitMs, this.stopping.signal);
      } catch {
        return;
      }
      if (this.stopped) return;
      try {
        await this.connect();
        return;
      } catch (error) {
        this.options.logger.error({ err: error }, 'Falha ao reconectar ao WhatsApp');
      }
    }
  }

  private async receive(connection: Connection, upsert: BaileysEventMap['messages.upsert']): Promise<void> {
    const onMessage = this.onMessage;
    // "append" brings history and messages sent while offline that WhatsApp already showed; only "notify" is new.
    if (upsert.type !== 'notify' || !onMessage) return;
    for (const message of upsert.messages) {
      const incoming = incomingText(message);
      const id = message.key.id ?? null;
      if (!incoming || (id !== null && !this.recentIds.remember(id))) continue;
      try {
        const phone = await senderPhone(message.key, connection.socket.signalRepository.lidMapping);
        const seconds = toNumber(message.messageTimestamp);
        await onMessage({
          channel: 'whatsapp',
          address: incoming.chat,
          phone,
          text: incoming.text,
          transportMessageId: id,
          receivedAt: seconds > 0 ? new Date(seconds * 1000) : new Date(),
          ...(incoming.fromStudioPhone ? { fromStudioPhone: true } : {}),
        });
      } catch (error) {
        this.options.logger.error({ err: error }, 'Falha ao tratar uma mensagem do WhatsApp');
      }
    }
  }
}

/** The WhatsApp transport; nothing connects until start(). */
export function whatsappTransport(options: WhatsappTransportOptions): Transport {
  return new WhatsappTransport(options);
}
