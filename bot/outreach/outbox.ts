/**
 * Writing to the outbox: a message is a row before it is anything else. Inserting a key that exists is
 * a no-op, so planning the same day twice, on one worker or four, queues each message once.
 */
import type { PulsoDb } from '../../db/database.ts';
import { outbox, type Channel, type OutboundPayload, type OutboxAudience } from '../../db/schema/index.ts';
import type { OutboundMessage } from '../transport.ts';

export interface QueuedMessage {
  idempotencyKey: string;
  channel: Channel;
  recipient: string;
  audience: OutboxAudience;
  purpose: string;
  payload: OutboundPayload;
  dueAt: Date;
  staffId?: number | null;
  customerId?: number | null;
  leadId?: number | null;
  facts?: unknown;
}

/** Queues the messages not queued before; returns the idempotency keys that were new. */
export async function enqueue(db: PulsoDb, studioId: number, messages: QueuedMessage[]): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const inserted = await db
    .insert(outbox)
    .values(messages.map((message) => ({ ...message, studioId, facts: message.facts ?? null })))
    .onConflictDoNothing({ target: [outbox.studioId, outbox.idempotencyKey] })
    .returning({ key: outbox.idempotencyKey });
  return new Set(inserted.map((row) => row.key));
}

/** What the stored payload becomes on the wire (files travel as base64 in JSON). */
export function outboundMessage(payload: OutboundPayload): OutboundMessage {
  if (payload.kind === 'text') return { kind: 'text', text: payload.text };
  if (payload.kind === 'image') return { kind: 'image', caption: payload.caption, png: Buffer.from(payload.pngBase64, 'base64') };
  return { kind: 'document', fileName: payload.fileName, caption: payload.caption, bytes: Buffer.from(payload.xlsxBase64, 'base64') };
}

/** The payload of an outbound message, for storing. */
export function storedPayload(message: OutboundMessage): OutboundPayload {
  if (message.kind === 'text') return { kind: 'text', text: message.text };
  if (message.kind === 'image') return { kind: 'image', caption: message.caption, pngBase64: message.png.toString('base64') };
  return { kind: 'document', fileName: message.fileName, ...(message.caption === undefined ? {} : { caption: message.caption }), xlsxBase64: message.bytes.toString('base64') };
}

/** The words of a stored payload, for reports. */
export function payloadText(payload: OutboundPayload): string {
  return payload.kind === 'text' ? payload.text : (payload.caption ?? '');
}

