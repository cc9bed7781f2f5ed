/**
 * prepareFile + applyFile on a real database (both drivers): the demo workbooks, re-imports, dry runs,
 * overlapping exports, rejected rows, ignored sheets, snapshot dates and out-of-order snapshots.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../db/database.ts';
import { blocks, contracts, contractSnapshots, customers, customerSnapshots, imports, sales } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import { generateDemo } from '../demo/write-demo.ts';
import { InputError } from '../domain/input-error.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { tableChecksums } from '../test/table-checksums.ts';
import { rowsPerChunk } from './sheet-events.ts';
import type { FileReport } from './import-report.ts';
import { currencyCell, dateCell, importBytes, prepareFile, workbookBytes, type TestCell } from './workbook.testing.ts';

const demo = generateDemo({ customers: 60, seed: 7, asOf: '2026-11-23' });
/** In the order `pulso import` writes them: clients first, the frequency report last. */
const demoFiles = ['clientes.xlsx', 'funil_vendas.xlsx', 'funil_vendas_2026-11-16.xlsx', 'frequencia.xlsx'].map((name) => {
  const file = demo.files.find((f) => f.name === name);
  if (!file) throw new Error(`the demo wrote no ${name}`);
  return file;
});

type Checksums = Awaited<ReturnType<typeof tableChecksums>>;

const salesHeader = ['Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor'];

/** A sales export of [receipt, Código, value in reais, status] lines, all sold on 10/11/2026. */
function salesFile(lines: [number, number, number, string][]): Buffer {
  return workbookBytes([
    {
      name: 'vendas_totais',
      rows: [
        ['Tecnofit'],
        ['Vendas totais'],
        [],
        salesHeader,
        ...lines.map(([receipt, code, reais, status]): TestCell[] => [
          receipt, code, `CLIENTE ${code}`, status, 'CALISTENIA 2X NA SEMANA MENSAL', currencyCell(reais), 'Pix', '10/11/2026 10:00', 'Balcão', '-', '-',
        ]),
      ],
    },
  ]);
}

const clientStatusHeader = ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'];
const contractsHeader = ['Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento'];
const balancesHeader = ['CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONÍVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS'];

function balancesFile(titles: string[], code: number): Buffer {
  return workbookBytes([
    {
      name: 'venc_ctr',
      rows: [...titles.map((title) => [title]), [], balancesHeader, [code, `CLIENTE ${code}`, 'CALISTENIA 2X NA SEMANA MENSAL', '10/12/2026', '2,0', '1,0', '1,0', 8, 3, 5]],
    },
  ]);
}

describeEachDriver('importing the demo workbooks', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  const checks: Record<'start' | 'afterDryRun' | 'afterImport' | 'afterAgain', Checksums> = {} as never;
  let dryRuns: FileReport[];
  let reports: FileReport[];
  let again: FileReport[];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    const importAll = (dryRun: boolean) =>
      demoFiles.reduce<Promise<FileReport[]>>(async (done, file) => [...(await done), await importBytes(database.db, studio, file.name, file.bytes, { today: '2026-11-23', dryRun })], Promise.resolve([]));
    checks.start = await tableChecksums(database.db);
    dryRuns = await importAll(true);
    checks.afterDryRun = await tableChecksums(database.db);
    reports = await importAll(false);
    checks.afterImport = await tableChecksums(database.db);
    again = [...(await importAll(false)), await importBytes(database.db, studio, 'clientes (1).xlsx', demoFiles[0]!.bytes, { today: '2026-11-23' })];
    checks.afterAgain = await tableChecksums(database.db);
  });
  afterAll(() => database?.close());

  it('imports every sheet of every workbook with zero rejected rows', () => {
    expect(reports.map((r) => [r.file, r.status, r.sheets.map((s) => [s.sheet, s.layout, s.rejected])])).toEqual([
      ['clientes.xlsx', 'applied', [['aceite_ctr', 'contract-acceptance', 0], ['clientes_ativos', 'client-status', 0], ['status_completo', 'blocks', 0], ['conversoes', 'contracts', 0]]],
      ['funil_vendas.xlsx', 'applied', [['venc_ctr', 'contract-balances', 0], ['vendas_totais', 'sales', 0], ['prospects', 'prospects', 0]]],
      ['funil_vendas_2026-11-16.xlsx', 'applied', [['venc_ctr', 'contract-balances', 0]]],
      ['frequencia.xlsx', 'applied', [['frequencia', 'attendance', 0]]],
    ]);
    for (const sheet of reports.flatMap((r) => r.sheets)) {
      expect(sheet.read, sheet.sheet).toBeGreaterThan(0);
      expect(sheet.rejections, sheet.sheet).toEqual([]);
    }
    // Each workbook is dated by its titles, the client list (no date in its titles) by "today".
    expect(reports.map((r) => r.asOf)).toEqual(['2026-11-23', '2026-11-23', '2026-11-16', '2026-11-23']);
  });

  it('stores what the generator says it wrote (manifest.json)', async () => {
    const { counts } = demo.manifest;
    const byStatus = await queryRows<{ status: string; count: number }>(database.db, sql`select status, count(*)::int as count from customers group by status`);
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row.count]))).toEqual(counts.clientsByStatus);
    const [receipts] = await queryRows<{ count: number; cents: string }>(database.db, sql`select count(*)::int as count, sum(value_cents)::text as cents from sales`);
    expect(receipts).toEqual({ count: counts.receipts, cents: String(counts.revenueCentavos) });
    const [contractCount] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from contracts`);
    expect(contractCount!.count).toBe(counts.contracts);

    // The planted blocked clients, with the facts the manifest lists for them.
    const blocked = demo.manifest.plantedCases.filter((c) => c.playbook.startsWith('blocked-'));
    expect(blocked.length).toBeGreaterThan(0);
    const stored = await database.db
      .select({ code: customers.code, blockedOn: blocks.blockedOn, daysBlocked: blocks.daysBlocked, overdueCents: blocks.overdueCents, snapshotOn: blocks.snapshotOn })
      .from(blocks)
      .innerJoin(customers, eq(customers.id, blocks.customerId))
      .where(inArray(customers.code, blocked.map((c) => String(c.clientCode))));
    expect(stored.sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      blocked
        .map((c) => {
          const facts = c.facts as { blockedSince: string; daysBlocked: number; overdueCentavos: number };
          return { code: String(c.clientCode), blockedOn: facts.blockedSince, daysBlocked: facts.daysBlocked, overdueCents: facts.overdueCentavos, snapshotOn: '2026-11-23' };
        })
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('keeps both weekly balance snapshots of the two funil_vendas exports', async () => {
    const days = await queryRows<{ day: string; count: number }>(database.db, sql`select snapshot_on::text as day, count(*)::int as count from contract_snapshots group by 1 order by 1`);
    expect(days.map((d) => d.day)).toEqual(['2026-11-16', '2026-11-23']);
    const [current, previous] = [reports[1]!.sheets[0]!, reports[2]!.sheets[0]!];
    expect(days.map((d) => d.count)).toEqual([previous.inserted, current.inserted]);
  });

  it('a dry run writes nothing, and reports what the real run then did', () => {
    expect(checks.afterDryRun).toEqual(checks.start);
    expect(dryRuns.map((r) => [r.status, r.importId])).toEqual(demoFiles.map(() => ['dry_run', null]));
    // Each dry run is rolled back, so only the first file meets the same database as its real run.
    const counts = (report: FileReport) => report.sheets.map((s) => [s.sheet, s.read, s.inserted, s.updated, s.unchanged, s.rejected]);
    expect(counts(dryRuns[0]!)).toEqual(counts(reports[0]!));
    expect(dryRuns.flatMap((r) => r.sheets).every((s) => s.rejected === 0)).toBe(true);
  });

  it('importing the same files again adds nothing, even under another name', async () => {
    expect(again.map((r) => [r.file, r.status, r.sheets])).toEqual([
      ['clientes.xlsx', 'duplicate', []],
      ['funil_vendas.xlsx', 'duplicate', []],
      ['funil_vendas_2026-11-16.xlsx', 'duplicate', []],
      ['frequencia.xlsx', 'duplicate', []],
      ['clientes (1).xlsx', 'duplicate', []],
    ]);
    expect(again[4]!.warnings).toEqual([`este arquivo já foi importado (importação nº ${reports[0]!.importId}); nada foi alterado`]);
    expect(checks.afterAgain).toEqual(checks.afterImport);
    const recorded = await database.db.select({ file: imports.fileName, status: imports.status }).from(imports).orderBy(asc(imports.id));
    expect(recorded).toEqual(demoFiles.map((f) => ({ file: f.name, status: 'applied' })));
  });
});

describeEachDriver('importing small hand-made exports', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
  });
  afterAll(() => database?.close());

  const load = (name: string, bytes: Buffer, options: Parameters<typeof importBytes>[4] = {}) => importBytes(database.db, studio, name, bytes, options);

  it('an overlapping sales export adds only the new receipts; a later cancellation updates its status', async () => {
    const first = await load('vendas-1.xlsx', salesFile([[7001, 7101, 380, 'Pago'], [7002, 7102, 290, 'Pago'], [7003, 7103, 380, 'Pago'], [7004, 7104, 150, 'Pago']]));
    expect(first.sheets[0]).toMatchObject({ read: 4, inserted: 4, updated: 0, unchanged: 0 });

    const second = await load('vendas-2.xlsx', salesFile([[7003, 7103, 380, 'Pago'], [7004, 7104, 150, 'Pago'], [7005, 7105, 290, 'Pago'], [7006, 7106, 99.9, 'Pago']]));
    expect(second.sheets[0]).toMatchObject({ read: 4, inserted: 2, updated: 0, unchanged: 2 });

    const third = await load('vendas-3.xlsx', salesFile([[7004, 7104, 150, 'Cancelado'], [7006, 7106, 99.9, 'Pago']]));
    expect(third.sheets[0]).toMatchObject({ read: 2, inserted: 0, updated: 1, unchanged: 1 });

    const stored = await database.db
      .select({ receipt: sales.receipt, item: sales.item, value: sales.valueCents, status: sales.status, importId: sales.importId })
      .from(sales)
      .where(inArray(sales.receipt, ['7001', '7002', '7003', '7004', '7005', '7006']))
      .orderBy(asc(sales.receipt));
    expect(stored).toEqual([
      { receipt: '7001', item: 1, value: 38000, status: 'Pago', importId: first.importId },
      { receipt: '7002', item: 1, value: 29000, status: 'Pago', importId: first.importId },
      { receipt: '7003', item: 1, value: 38000, status: 'Pago', importId: first.importId },
      { receipt: '7004', item: 1, value: 15000, status: 'Cancelado', importId: first.importId },
      { receipt: '7005', item: 1, value: 29000, status: 'Pago', importId: second.importId },
      { receipt: '7006', item: 1, value: 9990, status: 'Pago', importId: second.importId },
    ]);
  });

  it('numbers the lines of a receipt across the chunks a large sales sheet is written in', async () => {
    // Rows 5,000 and 5,001 of the data (the last of the first chunk, the first of the second) are two lines of receipt 80000.
    const lines = Array.from({ length: rowsPerChunk + 1 }, (_, index): [number, number, number, string] => [index < rowsPerChunk - 1 ? 70_000 + index : 80_000, 9101, 10, 'Pago']);
    const report = await load('vendas-grande.xlsx', salesFile(lines));
    expect(report.sheets[0]).toMatchObject({ read: rowsPerChunk + 1, inserted: rowsPerChunk + 1, rejected: 0 });
    const receipt = await database.db.select({ item: sales.item }).from(sales).where(eq(sales.receipt, '80000')).orderBy(asc(sales.item));
    expect(receipt).toEqual([{ item: 1 }, { item: 2 }]);
  });

  it('rejects a negative value, an impossible date and a missing Código by Excel row, and stores the other rows', async () => {
    const report = await load('clientes-ruins.xlsx', workbookBytes([
      {
        name: 'clientes_ativos',
        rows: [
          ['Tecnofit'],
          ['Clientes ativos'],
          [],
          clientStatusHeader, // row 4
          [8001, 'ANA BOA 1', '01/02/2025', 'Ativo', '3,5', 1], // 5
          [8002, 'BETO NEGATIVO 2', '01/02/2025', 'Ativo', '-2,5', 1], // 6
          [8003, 'CAIO DATA 3', '30/02/2026', 'Ativo', '1,0', 1], // 7
          [null, 'DORA SEM CODIGO 4', '01/02/2025', 'Ativo', '1,0', 1], // 8
          [8005, 'EVA BOA 5', dateCell('2024-12-31'), 'Sem Contrato', '-', 0], // 9
        ],
      },
    ]), { asOf: '2026-11-23' });
    expect(report.status).toBe('applied');
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]).toMatchObject({ read: 5, inserted: 2, updated: 0, unchanged: 0, rejected: 3 });
    expect(report.sheets[0]!.rejections).toEqual([
      { row: 6, column: 'Continuidade (meses)', reason: 'valor negativo não é aceito: "-2,5"' },
      { row: 7, column: 'Cliente desde', reason: 'data inválida: "30/02/2026"' },
      { row: 8, column: 'Código', reason: 'valor obrigatório em branco' },
    ]);
    const stored = await database.db
      .select({ code: customers.code, name: customers.name, since: customers.customerSince, status: customers.status })
      .from(customers)
      .where(inArray(customers.code, ['8001', '8002', '8003', '8004', '8005']))
      .orderBy(asc(customers.code));
    expect(stored).toEqual([
      { code: '8001', name: 'Ana Boa', since: '2025-02-01', status: 'Ativo' },
      { code: '8005', name: 'Eva Boa', since: '2024-12-31', status: 'Sem Contrato' },
    ]);
    const [dora] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from customers where normalized_name = 'DORA SEM CODIGO'`);
    expect(dora!.count).toBe(0);
  });

  it('rejects a prospect without a Código (the key of its lead and client) and stores the others', async () => {
    // Before the fix the blank Código reached the customers insert and the whole file failed with an
    // internal error (exit 3) instead of one rejected row.
    const report = await load('prospects.xlsx', workbookBytes([
      {
        name: 'prospects',
        rows: [
          ['Nome', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos'],
          ['LEO SEM CODIGO', '-', 'CONSULTOR PADRÃO - MATEUS --', '05/11/2026 10:15', 'Prospect', '-', '-', 1],
          ['MIA COM CODIGO', 8201, 'CONSULTOR PADRÃO - MATEUS --', '06/11/2026 11:00', 'Prospect', '-', '-', 0],
        ],
      },
    ]), { asOf: '2026-11-23' });
    expect(report.sheets[0]).toMatchObject({ read: 2, inserted: 1, rejected: 1, rejections: [{ row: 2, column: 'Código', reason: 'valor obrigatório em branco' }] });
    const stored = await queryRows<{ code: string; name: string; stage: string }>(database.db, sql`select code, name, stage from leads where code = '8201' or name = 'Leo Sem Codigo'`);
    expect(stored).toEqual([{ code: '8201', name: 'Mia Com Codigo', stage: 'novo' }]);
  });

  it('reports a sheet matching no layout as ignored, in the workbook order, and leaves out empty sheets', async () => {
    const report = await load('com-resumo.xlsx', workbookBytes([
      { name: 'Resumo', rows: [['Resumo do mês'], ['Indicador', 'Valor'], ['Receita', 'R$ 1.234,56']] },
      { name: 'Planilha vazia', rows: [] },
      { name: 'clientes_ativos', rows: [clientStatusHeader, [8101, 'GIL RESUMO 9', '01/03/2025', 'Ativo', '2,0', 1]] },
    ]), { asOf: '2026-11-23' });
    expect(report.sheets.map((s) => [s.sheet, s.layout, s.layoutLabel, s.read, s.inserted, s.warnings])).toEqual([
      ['clientes_ativos', 'client-status', 'status dos clientes', 1, 1, []],
      ['Resumo', null, null, 0, 0, ['não corresponde a nenhum relatório conhecido: ignorada']],
    ]);
  });

  it('refuses a workbook in which no sheet is recognised, before touching the database', async () => {
    const before = await tableChecksums(database.db);
    const bytes = workbookBytes([{ name: 'Resumo', rows: [['Indicador', 'Valor'], ['Receita', 'R$ 1.234,56']] }]);
    await expect(load('resumo.xlsx', bytes)).rejects.toThrow(
      new InputError('Nenhuma planilha do arquivo foi reconhecida: o Pulso procura os cabeçalhos dos relatórios do Tecnofit (por exemplo "Código", "Cliente", "Contrato"). Confira se é a exportação certa.', { file: 'resumo.xlsx' }),
    );
    expect(await tableChecksums(database.db)).toEqual(before);
  });

  it('dates a snapshot by the report title ("Saldo de aulas em 17/11/2026") unless --as-of is given, else by today', async () => {
    const titled = ['Tecnofit', 'Vencimento de contratos', 'Saldo de aulas em 17/11/2026'];
    const fromTitle = await load('saldo-a.xlsx', balancesFile(titled, 9001), { asOf: null, today: '2026-11-30' });
    const fromAsOf = await load('saldo-b.xlsx', balancesFile(titled, 9002), { asOf: '2026-11-20', today: '2026-11-30' });
    const fromToday = await load('saldo-c.xlsx', balancesFile(['Tecnofit', 'Vencimento de contratos'], 9003), { asOf: null, today: '2026-11-30' });
    expect([fromTitle, fromAsOf, fromToday].map((r) => [r.asOf, r.sheets[0]!.snapshotOn])).toEqual([
      ['2026-11-17', '2026-11-17'],
      ['2026-11-20', '2026-11-20'],
      ['2026-11-30', '2026-11-30'],
    ]);
    const stored = await database.db
      .select({ code: customers.code, snapshotOn: contractSnapshots.snapshotOn })
      .from(contractSnapshots)
      .innerJoin(customers, eq(customers.id, contractSnapshots.customerId))
      .where(inArray(customers.code, ['9001', '9002', '9003']))
      .orderBy(asc(customers.code));
    expect(stored).toEqual([
      { code: '9001', snapshotOn: '2026-11-17' },
      { code: '9002', snapshotOn: '2026-11-20' },
      { code: '9003', snapshotOn: '2026-11-30' },
    ]);
  });

  it('an older snapshot imported after a newer one keeps its history but does not overwrite the latest status', async () => {
    const snapshot = (customerStatus: string, contractStatus: string) =>
      workbookBytes([
        { name: 'clientes_ativos', rows: [clientStatusHeader, [9501, 'HELENA ORDEM 3', '01/01/2026', customerStatus, '10,0', 1]] },
        {
          name: 'conversoes',
          rows: [contractsHeader, [9501, 'HELENA ORDEM 3', customerStatus, 'Sim', 'CALISTENIA 2X NA SEMANA MENSAL', contractStatus, currencyCell(290), '10/11/2026', '10/12/2026']],
        },
      ]);
    const state = async () => {
      const [customer] = await database.db.select({ id: customers.id, status: customers.status, statusOn: customers.statusOn }).from(customers).where(eq(customers.code, '9501'));
      const [contract] = await database.db.select({ status: contracts.status, statusOn: contracts.statusOn }).from(contracts).where(eq(contracts.customerId, customer!.id));
      const history = await database.db
        .select({ on: customerSnapshots.snapshotOn, status: customerSnapshots.status })
        .from(customerSnapshots)
        .where(eq(customerSnapshots.customerId, customer!.id))
        .orderBy(asc(customerSnapshots.snapshotOn));
      return { customer: { status: customer!.status, statusOn: customer!.statusOn }, contract, history };
    };

    await load('clientes-23.xlsx', snapshot('Ativo', 'Ativo'), { asOf: '2026-11-23' });
    const older = await load('clientes-16.xlsx', snapshot('Bloqueado', 'Bloqueado'), { asOf: '2026-11-16' });
    expect(older.sheets.map((s) => [s.sheet, s.inserted, s.updated, s.unchanged])).toEqual([
      ['clientes_ativos', 0, 0, 1],
      ['conversoes', 0, 0, 1],
    ]);
    expect(await state()).toEqual({
      customer: { status: 'Ativo', statusOn: '2026-11-23' },
      contract: { status: 'Ativo', statusOn: '2026-11-23' },
      history: [{ on: '2026-11-16', status: 'Bloqueado' }, { on: '2026-11-23', status: 'Ativo' }],
    });

    await load('clientes-30.xlsx', snapshot('Cancelado', 'Cancelado'), { asOf: '2026-11-30' });
    expect(await state()).toEqual({
      customer: { status: 'Cancelado', statusOn: '2026-11-30' },
      contract: { status: 'Cancelado', statusOn: '2026-11-30' },
      history: [{ on: '2026-11-16', status: 'Bloqueado' }, { on: '2026-11-23', status: 'Ativo' }, { on: '2026-11-30', status: 'Cancelado' }],
    });
  });

  it('names the file, sheet and row of a sheet missing a required column, and writes nothing', async () => {
    const before = await tableChecksums(database.db);
    const bytes = workbookBytes([
      { name: 'clientes_ativos', rows: [clientStatusHeader, [9601, 'IVO OK 1', '01/01/2026', 'Ativo', '1,0', 1]] },
      { name: 'status_completo', rows: [['Tecnofit'], [], ['Cliente', 'Contatos', 'E-mail', 'Status Cliente', 'Data de Bloqueio', 'Total de dias bloqueados'], ['IVO OK 1', '-', '-', 'Ativo', '-', '-']] },
    ]);
    await expect(prepareFile({ bytes, fileName: 'sem-codigo.xlsx', studio, asOf: null, today: '2026-11-30', dryRun: false })).rejects.toThrow(
      'A planilha parece ser de bloqueios, mas falta a coluna "Código". Exporte o relatório completo do sistema. (arquivo sem-codigo.xlsx, planilha status_completo, linha 3)',
    );
    expect(await tableChecksums(database.db)).toEqual(before);
    const [ivo] = await database.db.select({ id: customers.id }).from(customers).where(and(eq(customers.studioId, studio.id), eq(customers.code, '9601')));
    expect(ivo).toBeUndefined();
  });
});
