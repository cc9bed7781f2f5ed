/**
 * `pulso import` as an operator runs it: --dry-run writes nothing, --json prints exactly one document
 * of the documented shape, a bad file among good ones exits 2 while the good ones go in, and a second
 * import of the same files changes nothing; sales that follow an action record its outcome.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.ts';
import { ensureStudio } from '../../db/studio.ts';
import { writeDemo } from '../../demo/write-demo.ts';
import type { OutcomesRecorded } from '../../analytics/queries/outcomes-from-imports.ts';
import { actions, customers } from '../../db/schema/index.ts';
import type { FileReport } from '../../ingest/import-report.ts';
import { workbookBytes } from '../../ingest/workbook.testing.ts';
import { openCliDatabase, type CliDatabase } from '../../test/cli-database.ts';
import { runPulso } from '../../test/cli.ts';
import { describeEachDriver } from '../../test/databases.ts';
import { tableChecksums } from '../../test/table-checksums.ts';

/** In an order `pulso import` must not rely on: it writes the client list first whatever the order. */
const demoNames = ['frequencia.xlsx', 'funil_vendas_2026-11-16.xlsx', 'funil_vendas.xlsx', 'clientes.xlsx'];
const fileKeys = ['asOf', 'file', 'importId', 'sha256', 'sheets', 'status', 'warnings'];
const sheetKeys = ['inserted', 'layout', 'layoutLabel', 'moneyDecisions', 'read', 'rejected', 'rejections', 'sheet', 'snapshotOn', 'unchanged', 'updated', 'warnings'];

let directory: string;
let demoPaths: string[];
let badPath: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'pulso-import-cli-'));
  writeDemo(directory, { customers: 40, seed: 5, asOf: '2026-11-23' });
  demoPaths = demoNames.map((name) => join(directory, name));
  badPath = join(directory, 'sem-codigo.xlsx');
  await writeFile(badPath, workbookBytes([{ name: 'clientes_ativos', rows: [['Cliente', 'Cliente desde', 'Status atual'], ['BRUNO LIMA 91', '05/03/2024', 'Ativo'], ['ANA PAZ 3', '01/02/2025', 'Ativo']] }]));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

type ImportJson = { files: FileReport[]; outcomes: OutcomesRecorded | null };

function parseJson(stdout: string): ImportJson {
  // JSON.parse refuses anything around the document: stdout holds exactly one.
  return JSON.parse(stdout) as ImportJson;
}

describe('pulso import --as-of', () => {
  it('refuses an impossible date with exit 2 before opening any database', async () => {
    const result = await runPulso(['import', '--as-of', '2026-02-30', join(tmpdir(), 'nada.xlsx')], { DATABASE_URL: 'postgresql://ninguem@127.0.0.1:1/nada' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('--as-of deve ser uma data no formato AAAA-MM-DD, por exemplo 2026-11-24 (recebido: "2026-02-30")');
  });
});

describeEachDriver('pulso import', (driver) => {
  let cli: CliDatabase;
  let start: Awaited<ReturnType<typeof tableChecksums>>;
  let dryRun: ImportJson;
  let importIds: number[];

  beforeAll(async () => {
    cli = await openCliDatabase(driver);
    start = await cli.use(async (db) => {
      await ensureStudio(db, 'principal', { name: 'Meu estúdio', timeZone: 'America/Sao_Paulo' });
      return tableChecksums(db);
    });
  });
  afterAll(() => cli?.close());

  it('--dry-run --json reports every file and writes nothing; --as-of dates every snapshot', async () => {
    const result = await runPulso(['import', '--dry-run', '--json', '--as-of', '2026-11-20', ...demoPaths], cli.environment);
    expect(result.code, result.stderr).toBe(0);
    dryRun = parseJson(result.stdout);
    expect(dryRun.files.map((f) => [f.file, f.status, f.importId, f.asOf])).toEqual(demoNames.map((name) => [name, 'dry_run', null, '2026-11-20']));
    expect(dryRun.outcomes, 'a dry run records no outcome').toBeNull();
    // Receipts carry their own dates; every other sheet is a snapshot as of --as-of, whatever its title says.
    expect(new Set(dryRun.files.flatMap((f) => f.sheets.map((s) => (s.layout === 'sales' ? 'sales' : s.snapshotOn))))).toEqual(new Set(['2026-11-20', 'sales']));
    expect(dryRun.files.flatMap((f) => f.sheets).every((s) => s.rejected === 0 && s.read > 0)).toBe(true);
    expect(await cli.use((db) => tableChecksums(db))).toEqual(start);
  });

  it('--json prints one document of the documented shape; bad files among them exit 2 and the others go in', async () => {
    const missingPath = join(directory, 'nao-existe.xlsx');
    const result = await runPulso(['import', '--json', ...demoPaths, badPath, missingPath], cli.environment);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd()).toBe(
      [
        '2 arquivos recusados, sem gravar nada:',
        'A planilha parece ser de status dos clientes, mas falta a coluna "Código". Exporte o relatório completo do sistema. (arquivo sem-codigo.xlsx, planilha clientes_ativos, linha 1)',
        `Arquivo não encontrado. (arquivo ${missingPath})`,
      ].join('\n'),
    );
    const { files, outcomes } = parseJson(result.stdout);
    expect(files.map((f) => f.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'failed', 'failed']);
    expect(outcomes).toEqual({ renewed: 0, paid: 0, revenueConfirmed: 0 });

    for (const file of files.slice(0, 4)) {
      expect(Object.keys(file).sort()).toEqual(fileKeys);
      for (const sheet of file.sheets) {
        expect(Object.keys(sheet).sort()).toEqual(sheetKeys);
        expect(sheet).toMatchObject({ rejected: 0, rejections: [] });
      }
    }
    expect(files.slice(0, 4).map((f) => [f.file, f.sheets.map((s) => [s.sheet, s.layout])])).toEqual([
      ['frequencia.xlsx', [['frequencia', 'attendance']]],
      ['funil_vendas_2026-11-16.xlsx', [['venc_ctr', 'contract-balances']]],
      ['funil_vendas.xlsx', [['venc_ctr', 'contract-balances'], ['vendas_totais', 'sales'], ['prospects', 'prospects']]],
      ['clientes.xlsx', [['aceite_ctr', 'contract-acceptance'], ['clientes_ativos', 'client-status'], ['status_completo', 'blocks'], ['conversoes', 'contracts']]],
    ]);
    // Written clients first, the frequency report last, whatever the order given. (The dry run used
    // up identity values, so the numbers do not start at 1.)
    importIds = files.slice(0, 4).map((f) => f.importId!);
    expect([...importIds].sort((a, b) => b - a)).toEqual(importIds);
    // A dry run on the same database counts what the real run did, for the file written first.
    const counts = (file: FileReport) => file.sheets.map((s) => [s.read, s.inserted, s.updated, s.unchanged, s.rejected]);
    expect(counts(dryRun.files[3]!)).toEqual(counts(files[3]!));

    const refused = files[4]!;
    expect(refused).toMatchObject({ status: 'failed', importId: null, sheets: [], error: expect.stringContaining('falta a coluna "Código"') });
    expect(refused.file.endsWith('sem-codigo.xlsx')).toBe(true);

    const stored = await cli.use((db) =>
      queryRows<{ customers: number; matched: number }>(
        db,
        sql`select (select count(*) from customers)::int as customers, (select count(*) from attendance where match = 'matched')::int as matched`,
      ),
    );
    // The frequency report found its clients: the client list had been written before it.
    expect(stored[0]!.customers).toBe(40);
    expect(stored[0]!.matched).toBeGreaterThan(20);
  });

  it('importing the same files again changes nothing and says so', async () => {
    const before = await cli.use((db) => tableChecksums(db));
    const result = await runPulso(['import', ...demoPaths], cli.environment);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n\n')).toEqual(
      demoNames.map((name, index) => `${name}: já importado antes: nada mudou\n  este arquivo já foi importado (importação nº ${importIds[index]}); nada foi alterado`),
    );
    expect(await cli.use((db) => tableChecksums(db))).toEqual(before);
  });

  it('records the outcome of an action when a later export carries the client\'s renewal, and says so', async () => {
    const client = await cli.use(async (db) => {
      const [row] = await db.select({ id: customers.id, studioId: customers.studioId, code: customers.code }).from(customers).where(eq(customers.code, '1001'));
      await db.insert(actions).values({ studioId: row!.studioId, customerId: row!.id, playbook: 'expired-without-renewal', kind: 'call', actedAt: new Date('2026-11-24T13:00:00Z') });
      return row!;
    });
    const salesPath = join(directory, 'vendas_depois.csv');
    await writeFile(
      salesPath,
      'Recibo;Código;Cliente;Status;Descrição;Valor;Forma de Pagamento;Data;Origem;Responsável Recibo;Consultor\n' +
        `990001;${client.code};CLIENTE;Ativo;CALISTENIA 3X NA SEMANA MENSAL;R$ 380,00;Pix;26/11/2026 10:00:00;Balcão;RECEPÇÃO;CONSULTOR PADRÃO - MATEUS --\n`,
    );
    const result = await runPulso(['import', '--as-of', '2026-11-30', salesPath], cli.environment);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n\n').at(-1)).toBe('Resultados das ações, pelas vendas importadas: 1 renovação depois de um contato.');
    const [action] = await cli.use((db) => db.select().from(actions).where(eq(actions.customerId, client.id)));
    expect(action).toMatchObject({ outcome: 'renewed', outcomeSource: 'import', revenueKeptCents: 38_000 });
  });
});
