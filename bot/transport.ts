/**
 * A transport is a small adapter between a chat network and the router: it delivers inbound messages,
 * sends outbound ones and stops. The router never knows which one it serves (DESIGN.md, Messages).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Channel } from '../db/schema/conversations.ts';

export interface InboundMessage {
  channel: Channel;
  /** Where replies go: a Telegram chat id, a WhatsApp JID, "console". */
  address: string;
  /** The sender's phone in E.164 when the channel knows it (WhatsApp, the console's /como); null otherwise. */
  phone: string | null;
  text: string;
  /** The network's own id, to ignore a message delivered twice. */
  transportMessageId: string | null;
  receivedAt: Date;
  /**
   * Written by a person on the studio's own phone into this chat (WhatsApp shows the linked device
   * what the phone sends): a human reply to log, never a message to answer.
   */
  fromStudioPhone?: boolean;
}

export type OutboundMessage =
  | { kind: 'text'; text: string }
  | { kind: 'image'; png: Buffer; caption: string }
  | { kind: 'document'; bytes: Buffer; fileName: string; caption?: string };

/** An HTTP endpoint the network delivers to (Telegram's webhook), served by Pulso's HTTP server. */
export interface TransportWebhook {
  path: string;
  handler: (request: IncomingMessage, response: ServerResponse, next?: () => void) => Promise<void>;
}

export interface SendOptions {
  messageId?: string;
}

export interface Transport {
  channel: Channel;
  webhook?: TransportWebhook | null;
  /** Starts receiving; `onMessage` is awaited per message, so a message is handled before the next. */
  start(onMessage: (message: InboundMessage) => Promise<void>): Promise<void>;
  /**
   * Sends one message; returns the network's id for it when there is one. `messageId`, where the
   * network accepts one (WhatsApp), makes a resend after a crash a duplicate the network drops.
   */
  send(address: string, message: OutboundMessage, options?: SendOptions): Promise<{ transportMessageId: string | null }>;
  stop(): Promise<void>;
}

/** What a reply says in words: its text, or an image's or document's caption (for logs and `pulso ask`). */
export function replyText(message: OutboundMessage): string {
  return message.kind === 'text' ? message.text : (message.caption ?? '');
}
