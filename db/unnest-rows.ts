/**
 * Many rows in one statement with a handful of parameters: one array per column, spread back into rows
 * by `unnest`. A 100,000-row write is ten statements of ten thousand rows, not tens of thousands of
 * placeholders, on either driver.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/** Rows per statement: large enough to amortise the round trip, small enough to bound memory. */
export const rowsPerStatement = 10_000;

export function chunks<T>(items: T[], size = rowsPerStatement): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}

export interface UnnestedRows {
  /** The table's columns the rows give, in order: `"studio_id", "code", ...`. */
  columns: SQL;
  /** `unnest(arrays)`, one typed array per column in that order; name it with `as alias(columns)`. */
  unnest: SQL;
}

/** `rows` (which all have the same keys) as arrays, typed like the table's columns. */
export function unnestRows<T extends PgTable>(table: T, rows: T['$inferInsert'][]): UnnestedRows {
  const tableColumns = getTableColumns(table) as Record<string, PgColumn>;
  const names = Object.keys(rows[0]!);
  const arrays = names.map((name) => {
    const values = rows.map((row) => toParameter((row as Record<string, unknown>)[name]));
    return sql`${sql.param(values)}::${sql.raw(tableColumns[name]!.getSQLType())}[]`;
  });
  return {
    columns: sql.join(names.map((name) => sql.identifier(tableColumns[name]!.name)), sql`, `),
    unnest: sql`unnest(${sql.join(arrays, sql`, `)})`,
  };
}

/** `insert into table (columns) select * from unnest(arrays)` for rows that all have the same keys. */
export function insertFromArrays<T extends PgTable>(table: T, rows: T['$inferInsert'][]): SQL {
  const { columns, unnest } = unnestRows(table, rows);
  return sql`insert into ${sql.identifier(getTableConfig(table).name)} (${columns}) select * from ${unnest}`;
}
