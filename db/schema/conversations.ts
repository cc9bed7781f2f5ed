/**
 * One conversation per channel address (a Telegram chat, a WhatsApp number, the console). While
 * `handledBy` is "staff" the bot stays quiet in it (hand-off), until a person gives it back.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { leads } from './leads.ts';
import { staff, staffRoles } from './staff.ts';
import { studios } from './studios.ts';

export const channels = ['console', 'telegram', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];
export const handlers = ['bot', 'staff'] as const;
/** "studio-phone": a person writing from the studio's own WhatsApp, not yet known by name. */
export const senderRoles = [...staffRoles, 'client', 'lead', 'bot', 'studio-phone'] as const;

export const conversations = pgTable(
  'conversations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    channel: text('channel', { enum: channels }).notNull(),
    /** Chat id, WhatsApp JID or E.164 phone: where replies go. */
    address: text('address').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    customerId: integer('customer_id').references(() => customers.id),
    leadId: integer('lead_id').references(() => leads.id),
    handledBy: text('handled_by', { enum: handlers }).notNull().default('bot'),
    assignedStaffId: integer('assigned_staff_id').references(() => staff.id),
    handedOffAt: timestamp('handed_off_at', { withTimezone: true }),
    handoffReason: text('handoff_reason'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('conversations_address_unique').on(table.studioId, table.channel, table.address),
    index('conversations_handled_idx').on(table.studioId, table.handledBy),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    conversationId: integer('conversation_id').notNull().references(() => conversations.id),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    senderRole: text('sender_role', { enum: senderRoles }).notNull(),
    senderStaffId: integer('sender_staff_id').references(() => staff.id),
    handledBy: text('handled_by', { enum: handlers }).notNull(),
    text: text('text'),
    /** Image or document metadata for messages that are not plain text. */
    attachment: jsonb('attachment').$type<{ kind: 'image' | 'document'; fileName?: string; caption?: string }>(),
    intent: text('intent'),
    transportMessageId: text('transport_message_id'),
    /** When the transport received or delivered it; createdAt is when Pulso stored it. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** For bot replies: time from the inbound message to this reply. */
    responseMs: integer('response_ms'),
  },
  (table) => [index('messages_conversation_idx').on(table.conversationId, table.occurredAt)],
);
