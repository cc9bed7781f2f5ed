/**
 * Numbers (or chat ids) that asked to stop receiving messages. Checked at send time, per address,
 * because "SAIR" stops every message to that number, whoever it belongs to.
 */
import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { channels } from './conversations.ts';
import { studios } from './studios.ts';

export const optOuts = pgTable(
  'opt_outs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    channel: text('channel', { enum: channels }).notNull(),
    address: text('address').notNull(),
    /** The word that triggered it, e.g. "SAIR". */
    keyword: text('keyword'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('opt_outs_address_unique').on(table.studioId, table.channel, table.address)],
);
