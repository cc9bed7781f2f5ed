/**
 * Short codes for signing in to the dashboard: a staff member asks with their phone, the code goes
 * through the bot, and only its SHA-256 is kept. A code lives 10 minutes, allows a few attempts and
 * is spent by its first right answer.
 */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';
import { studios } from './studios.ts';

export const staffSignInCodes = pgTable(
  'staff_sign_in_codes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Wrong answers so far; at the limit the code is dead. */
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('staff_sign_in_codes_staff_idx').on(table.staffId, table.createdAt)],
);
