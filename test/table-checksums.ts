/**
 * A fingerprint of every table: row count and an md5 of all rows in a stable order. Equal fingerprints
 * before and after an operation mean the database was not changed at all.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';

export async function tableChecksums(db: PulsoDb): Promise<Record<string, { rows: number; md5: string | null }>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ rows: number; md5: string | null }>(
      db,
      sql.raw(`select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from "${name}" t`),
    );
    result[name] = row!;
  }
  return result;
}
