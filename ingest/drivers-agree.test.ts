/**
 * PGlite and PostgreSQL store the same files identically: the demo workbooks (plus a file rejecting
 * rows and a re-import) go into one database on each driver, and every table's rows are compared,
 * ids included, leaving out only the timestamps the database itself generates.
 *
 * Ids can be compared because both drivers run the same PostgreSQL code on the same statements in the
 * same order: identity values are handed out identically, including the ones an upsert consumes for a
 * row that turns out to exist already.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { generateDemo } from '../demo/write-demo.ts';
import { openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { importBytes, workbookBytes } from './workbook.testing.ts';

/** Written by the database when a row is written, so they differ from run to run. */
const generatedTimestamps = new Set(['created_at', 'updated_at', 'started_at', 'finished_at', 'computed_at']);

const demo = generateDemo({ customers: 60, seed: 7, asOf: '2026-11-23' });
const files: { name: string; bytes: Uint8Array; asOf?: string }[] = [
  ...['clientes.xlsx', 'funil_vendas.xlsx', 'funil_vendas_2026-11-16.xlsx', 'frequencia.xlsx'].map((name) => ({ name, bytes: demo.files.find((f) => f.name === name)!.bytes })),
  {
    name: 'rejeicoes.xlsx',
    asOf: '2026-11-24',
    bytes: workbookBytes([
      {
        name: 'clientes_ativos',
        rows: [
          ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'],
          [1002, 'CLIENTE NOVO 1', '01/02/2025', 'Bloqueado', '3,5', 1],
          [9002, 'CLIENTE RUIM 2', '31/02/2025', 'Ativo', '1,0', 1],
          [9003, 'CLIENTE NEGATIVO 3', '01/02/2025', 'Ativo', '-1,0', 1],
        ],
      },
    ]),
  },
  // Again: a duplicate, which writes nothing on either driver.
  { name: 'clientes.xlsx', bytes: demo.files.find((f) => f.name === 'clientes.xlsx')!.bytes },
];

/** Every row of every table as text, sorted in JavaScript (the two servers may collate differently). */
async function contents(db: PulsoDb): Promise<Record<string, string[]>> {
  const columns = await queryRows<{ table: string; column: string; type: string }>(
    db,
    sql`select table_name as "table", column_name as "column", data_type as "type" from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const byTable = new Map<string, { column: string; type: string }[]>();
  for (const { table, column, type } of columns) {
    if (generatedTimestamps.has(column)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), { column, type }]);
  }
  const result: Record<string, string[]> = {};
  for (const [table, list] of byTable) {
    // Instants as UTC text, whatever the session's time zone; everything else in its text form.
    const expressions = list.map(({ column, type }) =>
      type === 'timestamp with time zone' ? `to_char("${column}" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')` : `"${column}"::text`,
    );
    const rows = await queryRows<{ row: string }>(db, sql.raw(`select json_build_array(${expressions.join(', ')})::text as row from "${table}"`));
    result[table] = rows.map((r) => r.row).sort();
  }
  return result;
}

async function importEverything(database: TestDatabase): Promise<Record<string, string[]>> {
  const studio = await openTestStudio(database);
  for (const file of files) await importBytes(database.db, studio, file.name, file.bytes, { asOf: file.asOf ?? null, today: '2026-11-23' });
  return contents(database.db);
}

const postgresUrl = inject('postgresUrl');

describe.skipIf(!postgresUrl)(`PGlite and PostgreSQL store the same files identically${postgresUrl ? '' : ' [pulado, DATABASE_URL não definida]'}`, () => {
  let pglite: TestDatabase;
  let postgres: TestDatabase;
  let onPglite: Record<string, string[]>;
  let onPostgres: Record<string, string[]>;

  beforeAll(async () => {
    [pglite, postgres] = await Promise.all([openTestDatabase('pglite'), openTestDatabase('postgres')]);
    onPglite = await importEverything(pglite);
    onPostgres = await importEverything(postgres);
  });
  afterAll(async () => {
    await pglite?.close();
    await postgres?.close();
  });

  it('has the same tables, and data in each table the import writes', () => {
    expect(Object.keys(onPostgres).sort()).toEqual(Object.keys(onPglite).sort());
    for (const table of ['studios', 'imports', 'customers', 'customer_snapshots', 'contracts', 'contract_snapshots', 'contract_acceptances', 'blocks', 'sales', 'attendance', 'leads']) {
      expect(onPglite[table]?.length, table).toBeGreaterThan(0);
    }
  });

  it('has identical rows, ids included, in every table', () => {
    for (const table of Object.keys(onPglite)) expect(onPostgres[table], table).toEqual(onPglite[table]);
  });
});
