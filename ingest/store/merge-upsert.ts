/**
 * The one write pattern of the importer: insert rows, or merge them into the rows already stored under
 * the same key, where a blank in the file never erases a known value, and count what happened. A row is
 * "inserted", "updated" (some stored value changed) or "unchanged"; re-importing a file changes nothing.
 * PostgreSQL's `xmax = 0` tells a fresh insert from an update in the same statement, on both drivers.
 */
import { getTableColumns, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PulsoDb } from '../../db/database.ts';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function noWrites(): WriteCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}

/** PostgreSQL accepts at most 65,535 bind parameters per statement. */
const maxParameters = 60_000;

export function batches<T>(rows: T[], columnsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / Math.max(columnsPerRow, 1)));
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

type ColumnName<T extends PgTable> = keyof T['$inferInsert'] & string;

export interface MergeOptions<T extends PgTable> {
  /** The unique key the rows are merged on. */
  target: PgColumn[];
  /** Columns a file may change; others are written on insert only. */
  merge: ColumnName<T>[];
  /** Overrides for columns whose merge is not "the file's value unless blank". */
  custom?: Partial<Record<ColumnName<T>, { set: SQL; changed: SQL }>>;
  /** For partial unique indexes: the index's WHERE. */
  targetWhere?: SQL;
  /** Set whenever a row is updated, without counting as a change (e.g. updated_at). */
  onUpdate?: Partial<Record<ColumnName<T>, SQL>>;
}

/** Inserts or merges `rows` (at most one per key) and counts what happened. */
export async function mergeUpsert<T extends PgTable, Row extends T['$inferInsert']>(
  db: PulsoDb,
  table: T,
  rows: Row[],
  options: MergeOptions<T>,
): Promise<WriteCounts> {
  if (rows.length === 0) return noWrites();
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const excluded = (name: string) => sql.raw(`excluded."${columns[name]!.name}"`);
  const set: Record<string, SQL> = {};
  const changed: SQL[] = [];
  for (const name of options.merge) {
    const custom = options.custom?.[name] as { set: SQL; changed: SQL } | undefined;
    const column = columns[name]!;
    set[name] = custom?.set ?? sql`coalesce(${excluded(name)}, ${column})`;
    changed.push(custom?.changed ?? sql`(${excluded(name)} is not null and ${excluded(name)} is distinct from ${column})`);
  }
  Object.assign(set, options.onUpdate);
  const counts = noWrites();
  for (const batch of batches(rows, Object.keys(rows[0]!).length)) {
    const written = await db
      .insert(table)
      .values(batch as T['$inferInsert'][])
      .onConflictDoUpdate({
        target: options.target,
        targetWhere: options.targetWhere,
        set,
        setWhere: changed.length ? or(...changed) : sql`false`,
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    const inserted = written.filter((row) => row.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += batch.length - written.length;
  }
  return counts;
}
