/**
 * The one write pattern of the importer: insert rows, or merge them into the rows already stored under
 * the same key, where a blank in the file never erases a known value, and count what happened. A row is
 * "inserted", "updated" (some stored value changed) or "unchanged"; re-importing a file changes nothing.
 * PostgreSQL's `xmax = 0` tells a fresh insert from an update in the same statement, on both drivers.
 */
import { getTableColumns, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { chunks, insertFromArrays } from '../../db/unnest-rows.ts';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function noWrites(): WriteCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
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
export async function mergeUpsert<T extends PgTable>(
  db: PulsoDb,
  table: T,
  rows: T['$inferInsert'][],
  options: MergeOptions<T>,
): Promise<WriteCounts> {
  if (rows.length === 0) return noWrites();
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const excluded = (name: string) => sql.raw(`excluded."${columns[name]!.name}"`);

  const assignments: SQL[] = [];
  const changed: SQL[] = [];
  for (const name of options.merge) {
    const custom = options.custom?.[name] as { set: SQL; changed: SQL } | undefined;
    const column = columns[name]!;
    assignments.push(sql`${sql.identifier(column.name)} = ${custom?.set ?? sql`coalesce(${excluded(name)}, ${column})`}`);
    changed.push(custom?.changed ?? sql`(${excluded(name)} is not null and ${excluded(name)} is distinct from ${column})`);
  }
  for (const [name, value] of Object.entries(options.onUpdate ?? {})) {
    assignments.push(sql`${sql.identifier(columns[name]!.name)} = ${value as SQL}`);
  }
  const target = sql.join(options.target.map((column) => sql.identifier(column.name)), sql`, `);
  const conflict = options.targetWhere ? sql`(${target}) where ${options.targetWhere}` : sql`(${target})`;

  const counts = noWrites();
  for (const chunk of chunks(rows)) {
    const [result] = await queryRows<{ inserted: number; written: number }>(
      db,
      sql`with written as (
            ${insertFromArrays(table, chunk)}
            on conflict ${conflict} do update set ${sql.join(assignments, sql`, `)}
            where ${or(...changed)}
            returning (xmax = 0) as inserted
          )
          select (count(*) filter (where inserted))::int as inserted, count(*)::int as written from written`,
    );
    counts.inserted += result!.inserted;
    counts.updated += result!.written - result!.inserted;
    counts.unchanged += chunk.length - result!.written;
  }
  return counts;
}
