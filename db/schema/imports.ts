/**
 * Every import of an export file: what was read, as of which date, what it changed and what it
 * rejected. The file hash makes a second import of the same file a reported no-op.
 */
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';

export const importStatuses = ['applied', 'duplicate', 'rejected', 'dry_run'] as const;

export interface ImportedSheet {
  sheet: string;
  layout: string | null;
  headerRow: number | null;
  rows: number;
}

export const imports = pgTable(
  'imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes, hex. */
    fileHash: text('file_hash').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** The snapshot date the file's point-in-time facts are stored under. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    status: text('status', { enum: importStatuses }).notNull(),
    sheets: jsonb('sheets').$type<ImportedSheet[]>().notNull().default([]),
    /** Rows inserted, updated, unchanged and rejected, per layout. */
    counts: jsonb('counts').$type<Record<string, Record<string, number>>>().notNull().default({}),
    /** Rejected rows (file, sheet, row, column, reason), decisions taken (money units) and warnings. */
    report: jsonb('report').$type<Record<string, unknown>>().notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('imports_hash_idx').on(table.studioId, table.fileHash)],
);
