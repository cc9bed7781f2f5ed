/**
 * Things only one process may hold at a time, such as a WhatsApp session or a Telegram long poll: the
 * holder renews its lease before it expires; when it dies, another process takes it after expiry.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';

export const leases = pgTable(
  'leases',
  {
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** What is held, e.g. "whatsapp" or "telegram-polling". */
    name: text('name').notNull(),
    /** The holding process, e.g. "host:pid:random". */
    holder: text('holder').notNull(),
    acquiredAt: timestamp('acquired_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.studioId, table.name] })],
);
