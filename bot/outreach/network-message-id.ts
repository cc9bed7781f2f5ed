/**
 * The id a message carries on the network, derived from its outbox row's idempotency key: when a worker
 * dies after the network accepted a message but before the row says "sent", the retry carries the same
 * id and the network keeps one copy. WhatsApp ids are upper-case hex; "3EB0" is WhatsApp Web's prefix.
 */
import { createHash } from 'node:crypto';

export function networkMessageId(studioId: number, idempotencyKey: string): string {
  return `3EB0${createHash('sha256').update(`${studioId}:${idempotencyKey}`).digest('hex').slice(0, 36).toUpperCase()}`;
}
