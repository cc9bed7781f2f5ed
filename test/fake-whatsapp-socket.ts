/**
 * A stand-in for a Baileys socket, for the WhatsApp transport's tests: the test emits the events
 * WhatsApp would cause (a QR, open, close with a reason, new messages) and sees what was sent. Its LID
 * mapping store is Baileys' real one, over the auth state the transport loaded, wrapped as
 * makeWASocket wraps it, so what it learns is stored as the real socket would store it.
 */
import { EventEmitter } from 'node:events';
import {
  addTransactionCapability,
  DisconnectReason,
  type AnyMessageContent,
  type AuthenticationState,
  type BaileysEventMap,
  type Contact,
  type WAMessage,
} from '@whiskeysockets/baileys';
import { LIDMappingStore } from '@whiskeysockets/baileys/lib/Signal/lid-mapping.js';
import pino from 'pino';
import { vi } from 'vitest';
import type { WhatsappSocket } from '../bot/transports/whatsapp/baileys-socket.ts';

const silent = pino({ level: 'silent' });

/** An error as Baileys closes a connection with: a Boom carrying WhatsApp's status code. */
export function disconnection(status: DisconnectReason): Error {
  return Object.assign(new Error(`desconectado (${status})`), { output: { statusCode: status } });
}

export class FakeWhatsappSocket implements WhatsappSocket {
  readonly ev = new EventEmitter();
  user: Contact | undefined = undefined;
  readonly signalRepository: { lidMapping: LIDMappingStore };
  readonly sent: { jid: string; content: AnyMessageContent; messageId?: string }[] = [];
  readonly requestPairingCode = vi.fn(async (_phoneDigits: string) => 'ABCD1234');
  readonly end = vi.fn(async (error: Error | undefined) => {
    this.emit('connection.update', { connection: 'close', lastDisconnect: { error: error ?? disconnection(DisconnectReason.connectionClosed), date: new Date() } });
  });

  constructor(readonly auth: AuthenticationState) {
    const keys = addTransactionCapability(auth.keys, silent, { maxCommitRetries: 1, delayBetweenTriesMs: 0 });
    this.signalRepository = { lidMapping: new LIDMappingStore(keys, silent) };
  }

  async sendMessage(jid: string, content: AnyMessageContent, options?: { messageId?: string }): Promise<WAMessage> {
    this.sent.push({ jid, content, messageId: options?.messageId });
    return { key: { remoteJid: jid, fromMe: true, id: options?.messageId ?? `ENVIADA-${this.sent.length}` } };
  }

  emit<E extends keyof BaileysEventMap>(event: E, arg: BaileysEventMap[E]): void {
    this.ev.emit(event, arg);
  }

  open(accountJid = '5511900001111:3@s.whatsapp.net'): void {
    this.user = { id: accountJid };
    this.emit('connection.update', { connection: 'open' });
  }

  close(status: DisconnectReason): void {
    this.emit('connection.update', { connection: 'close', lastDisconnect: { error: disconnection(status), date: new Date() } });
  }

  /** New messages, as WhatsApp delivers them while connected. */
  deliver(...messages: WAMessage[]): void {
    this.emit('messages.upsert', { type: 'notify', messages });
  }
}
