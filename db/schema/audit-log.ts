/** Who read or erased whose personal data, and when (LGPD accountability). */
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';
import { studios } from './studios.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    actorStaffId: integer('actor_staff_id').references(() => staff.id),
    /** "cli" when run from the command line by an operator. */
    actorKind: text('actor_kind', { enum: ['staff', 'cli', 'system'] }).notNull(),
    action: text('action').notNull(),
    subject: text('subject'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_log_day_idx').on(table.studioId, table.createdAt)],
);
