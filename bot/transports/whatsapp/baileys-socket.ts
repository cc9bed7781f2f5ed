/**
 * The part of a Baileys socket the transport uses, so tests can hand it a fake one, and the real one:
 * makeWASocket over the database auth state, never shown as online (the phone keeps its notifications),
 * without pulling the whole chat history, and with Baileys' own logging off because its log lines
 * carry JIDs (phone numbers) and key material.
 */
import makeWASocket, {
  makeCacheableSignalKeyStore,
  type AnyMessageContent,
  type AuthenticationState,
  type BaileysEventEmitter,
  type Contact,
  type WAMessage,
} from '@whiskeysockets/baileys';
import pino from 'pino';
import type { LidToPhone } from './sender-phone.ts';

export interface WhatsappSocket {
  ev: Pick<BaileysEventEmitter, 'on' | 'off'>;
  /** The linked account, once the connection is open. */
  user: Contact | undefined;
  signalRepository: { lidMapping: LidToPhone };
  /** `messageId` fixes the message's key id, so a resend after a crash is the same message. */
  sendMessage(jid: string, content: AnyMessageContent, options?: { messageId?: string }): Promise<WAMessage | undefined>;
  /** Asks WhatsApp for an 8-character code to type in the phone instead of reading the QR. */
  requestPairingCode(phoneDigits: string): Promise<string>;
  /** Closes the connection without unlinking the device. */
  end(error: Error | undefined): Promise<void> | void;
}

export type CreateWhatsappSocket = (auth: AuthenticationState) => WhatsappSocket;

export const createBaileysSocket: CreateWhatsappSocket = (auth) => {
  const logger = pino({ level: 'silent' });
  return makeWASocket({
    // The cache spares the database a read for every signal key on every message.
    auth: { creds: auth.creds, keys: makeCacheableSignalKeyStore(auth.keys, logger) },
    logger,
    markOnlineOnConnect: false,
    syncFullHistory: false,
  });
};
