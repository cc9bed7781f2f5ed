/**
 * Writing to the outbox: a message is a row before it is anything else. Inserting a key that exists is
 * a no-op, so planning the same day twice, on one worker or four, queues each message once. Anything
 * that speaks to people (the scheduler, the bot, the API's sign-in codes) queues here; the outbox
 * worker sends.
 */
import type { PulsoDb } from './database.ts';
import { outbox, type Channel, type OutboundPayload, type OutboxAudience } from './schema/index.ts';

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
