/**
 * The frequency report per period. It names students only, so `customerId` is set when the name
 * matched exactly one client and stays null (reported) otherwise.
 */
import { date, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const attendanceMatches = ['matched', 'unmatched', 'ambiguous'] as const;

export const attendance = pgTable(
  'attendance',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').references(() => customers.id),
    studentName: text('student_name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    /** 1, or 2, 3... for the same name appearing again in one report (homonyms): kept apart, unlinked. */
    occurrence: smallint('occurrence').notNull().default(1),
    match: text('match', { enum: attendanceMatches }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    fixedSchedule: integer('fixed_schedule'),
    dropIn: integer('drop_in'),
    makeUp: integer('make_up'),
    prospect: integer('prospect'),
    gympass: integer('gympass'),
    total: integer('total'),
    noAction: integer('no_action'),
    presences: integer('presences'),
    absences: integer('absences'),
    importId: integer('import_id').references(() => imports.id),
  },
  (table) => [
    uniqueIndex('attendance_unique').on(table.studioId, table.normalizedName, table.occurrence, table.periodStart, table.periodEnd),
    index('attendance_customer_idx').on(table.customerId, table.periodEnd),
  ],
);
