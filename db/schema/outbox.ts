/**
 * Every outbound message is a row here before it is sent. The idempotency key (e.g. playbook, client,
 * day) makes a re-run, a restart or a second worker harmless; `dueAt` lets quiet hours postpone it.
 * A worker claims a row for a short time (`claimedUntil`); a claim whose worker died expires and the
 * row is sent again with the same network message id, which the network drops as a duplicate.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { channels } from './conversations.ts';
import { customers } from './customers.ts';
import { leads } from './leads.ts';
import { staff } from './staff.ts';
import { studios } from './studios.ts';

/** pending → sending → sent; a failed attempt goes back to pending with a later due time, the last one to dead. */
export const outboxStatuses = ['pending', 'sending', 'sent', 'dead', 'cancelled', 'opted_out'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Who reads it: staff get their alerts at their scheduled times; clients and leads only outside quiet hours. */
export const outboxAudiences = ['staff', 'client', 'lead'] as const;
export type OutboxAudience = (typeof outboxAudiences)[number];

/**
 * What a transport can deliver: text, a PNG with caption, or an xlsx document. Files are base64. A
 * `secret` text (a sign-in code) is blanked in the row once sent: the chat keeps it, the database not.
 */
export type OutboundPayload =
  | { kind: 'text'; text: string; secret?: boolean }
  | { kind: 'image'; caption: string; pngBase64: string }
  | { kind: 'document'; fileName: string; caption?: string; xlsxBase64: string };

export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    idempotencyKey: text('idempotency_key').notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    recipient: text('recipient').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    customerId: integer('customer_id').references(() => customers.id),
    leadId: integer('lead_id').references(() => leads.id),
    audience: text('audience', { enum: outboxAudiences }).notNull(),
    /** Why it is sent: a playbook name, "owner-briefing", "front-desk-alert"... */
    purpose: text('purpose').notNull(),
    payload: jsonb('payload').$type<OutboundPayload>().notNull(),
    /** The facts a report was written from (the briefing's), kept beside its words. */
    facts: jsonb('facts'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    /** The worker holding the row while it sends, and until when; an expired claim may be taken over. */
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    transportMessageId: text('transport_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('outbox_idempotency_unique').on(table.studioId, table.idempotencyKey),
    index('outbox_due_idx').on(table.status, table.dueAt),
    index('outbox_recipient_idx').on(table.studioId, table.recipient, table.sentAt),
  ],
);
