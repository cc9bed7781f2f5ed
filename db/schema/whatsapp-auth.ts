/**
 * Baileys' authentication state (credentials and signal keys), kept in the database rather than in
 * loose files so that it is backed up, erased and shared by workers like the rest of the data.
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';

export const whatsappAuth = pgTable(
  'whatsapp_auth',
  {
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** "creds", or a signal key type such as "pre-key", "session", "app-state-sync-key". */
    category: text('category').notNull(),
    keyId: text('key_id').notNull().default(''),
    /** Serialised with Baileys' BufferJSON so binary fields survive. */
    value: jsonb('value').$type<unknown>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.studioId, table.category, table.keyId] })],
);
