/**
 * The pace of automated messages from one studio number (DOMAIN.md §5: one per 3 s with jitter, 200 a
 * day), shared by every worker so that four processes send no faster than one.
 */
import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { channels } from './conversations.ts';
import { studios } from './studios.ts';

export const sendPacing = pgTable(
  'send_pacing',
  {
    studioId: integer('studio_id').notNull().references(() => studios.id),
    channel: text('channel', { enum: channels }).notNull(),
    /** The earliest instant the next message to a client or lead may leave. */
    nextSendAt: timestamp('next_send_at', { withTimezone: true }).notNull(),
    /** The studio's calendar day `sentOnDay` counts. */
    day: date('day', { mode: 'string' }).notNull(),
    sentOnDay: integer('sent_on_day').notNull(),
  },
  (table) => [primaryKey({ columns: [table.studioId, table.channel] })],
);
