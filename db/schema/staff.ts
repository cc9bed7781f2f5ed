/**
 * The studio's people who talk to Pulso. A phone in E.164 is their identity on every channel;
 * removal is soft so that history (who handled which conversation) keeps its names.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';

export const staffRoles = ['owner', 'manager', 'secretary', 'marketing'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = pgTable(
  'staff',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** E.164, e.g. +5511987654321. */
    phone: text('phone').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    telegramChatId: text('telegram_chat_id'),
    whatsappJid: text('whatsapp_jid'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('staff_active_phone_unique').on(table.studioId, table.phone).where(sql`${table.removedAt} is null`),
    index('staff_telegram_idx').on(table.telegramChatId),
  ],
);

/** API tokens: only a SHA-256 hash is kept, the token itself is shown once. */
export const staffTokens = pgTable(
  'staff_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('staff_tokens_staff_idx').on(table.staffId)],
);
