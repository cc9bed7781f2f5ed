/**
 * One hand-made workbook carrying every quirk of DOMAIN.md §1, imported into a real database on both
 * drivers; every stored value is compared with what a person reading the sheet would write down.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  attendance,
  blocks,
  contractAcceptances,
  contracts,
  contractSnapshots,
  customers,
  customerSnapshots,
  imports,
  leads,
  sales,
} from '../db/schema/index.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import type { FileReport } from './import-report.ts';
import { currencyCell, dateCell, importBytes, workbookBytes, type TestSheet } from './workbook.testing.ts';

const clientStatus: TestSheet = {
  name: 'clientes_ativos',
  rows: [
    ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'],
    [1002, 'BRUNO LIMA 91', dateCell('2024-03-05'), 'Ativo', '24,9', 9],
    ['1003', 'MARIA DAS DORES DE SOUZA 12', '15/01/2025', 'BLOQUEADO', '10,0', 3],
    ['1004', 'ANTÔNIO GOMES 78', '02/09/2026', 'cliente pass', '0,0', '-'],
    ['1005.0', 'CARLA CONCEIÇÃO 5', '20/06/2023', 'Cancelado', '-', 2],
    [1010, 'JULIANA ALVES', '-', 'Prospect', '0,0', 0],
  ],
};

const contractsList: TestSheet = {
  name: 'conversoes',
  rows: [
    ['Tecnofit'],
    ['Conversões - contratos'],
    [],
    ['Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento'],
    [1002, 'BRUNO LIMA 91', 'Ativo', 'Sim', 'CALISTENIA 3X NA SEMANA MENSAL', 'Ativo', currencyCell(380), dateCell('2026-11-10'), '10/12/2026'],
    [1002, 'BRUNO LIMA 91', 'Ativo', 'Sim', 'CALISTENIA 3X NA SEMANA MENSAL', 'Finalizado', currencyCell(350), dateCell('2026-10-10'), '10/11/2026'],
    [1003, 'MARIA DAS DORES DE SOUZA 12', 'Bloqueado', 'Sim', 'CALISTENIA 2X NA SEMANA TRIMESTRAL', 'Bloqueado', currencyCell(1234.56), dateCell('2026-09-01'), '30/11/2026'],
    [1004, 'ANTÔNIO GOMES 78', 'Cliente Pass', '-', 'GYMPASS', 'Ativo', currencyCell(0), dateCell('2026-09-02'), '-'],
    [1005, 'CARLA CONCEIÇÃO 5', 'Cancelado', 'Não', '10X AULAS', 'Cancelado', currencyCell(290), dateCell('2023-06-20'), '20/08/2023'],
  ],
};

const balances: TestSheet = {
  name: 'venc_ctr',
  rows: [
    [null, 'Tecnofit'],
    [null, 'Vencimento de contratos'],
    [null, 'Saldo de aulas em 24/11/2026'],
    [],
    [],
    [null, 'CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS  POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONIVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS'],
    [null, '1002.0', 'BRUNO LIMA 91', 'CALISTENIA 3X NA SEMANA MENSAL', dateCell('2026-12-10'), '3,0', '2,0', '1,0', 12, 5, 7],
    [null, '1003.0', 'MARIA DAS DORES DE SOUZA 12', 'CALISTENIA 2X NA SEMANA TRIMESTRAL', dateCell('2026-11-30'), '2,0', '0,0', '2,0', 24, 15, 9],
    [null, '1006.0', 'PEDRO NUNES 40', '10X AULAS', dateCell('2027-01-15'), '-', '-', '-', 10, 4, 6],
  ],
};

const acceptance: TestSheet = {
  name: 'aceite_ctr',
  rows: [
    ['Tecnofit'],
    ['Aceite de contratos'],
    [],
    ['Código', 'Cliente', 'Contrato', 'Último Aceite', 'Versão', 'Status', 'Reenvia'],
    ['1002', 'BRUNO LIMA 91', 'CALISTENIA 3X NA SEMANA MENSAL', 'Aceito em 20/11/2026 17:23', 3, 'Aceito', '-'],
    [{ t: 'n', v: 1003, z: '0.0' }, 'MARIA DAS DORES DE SOUZA 12', 'CALISTENIA 2X NA SEMANA TRIMESTRAL', '-', '2', 'AGUARDANDO ACEITE', 'Reenviar'],
    ['1004', 'ANTÔNIO GOMES 78', 'GYMPASS', '02/09/2026 08:05:30', '1', 'aceito', 'Não'],
  ],
};

const blocksSheet: TestSheet = {
  name: 'status_completo',
  rows: [
    [null, 'Tecnofit'],
    [null, 'Status completo / Bloqueios'],
    [],
    [],
    [null, 'Código', 'Cliente', 'Contatos', 'E-mail', 'Status Cliente', 'Data de Bloqueio', 'Total de dias bloqueados', 'Pagamentos em atraso'],
    [null, '1002', 'BRUNO LIMA 91', '(11) 98765-4321 / (11) 3456-7890', ' Bruno.Lima@Gmail.com ', 'Ativo', '-', '-', '0,00'],
    [null, '1003', 'MARIA DAS DORES DE SOUZA 12', '11 91234-5678', '-', 'Bloqueado', dateCell('2026-11-10'), 20, '290,00'],
    [null, '1004', 'ANTÔNIO GOMES 78', '-', 'antonio.gomes@hotmail.com', 'Cliente Pass', '-', '-', '-'],
    [null, '1005', 'CARLA CONCEIÇÃO 5', '(11) 9816-408', 'carla@gmail', 'Cancelado', '-', '-', '1234,56'],
  ],
};

const salesSheet: TestSheet = {
  name: 'vendas_totais',
  rows: [
    ['Tecnofit'],
    ['Vendas totais'],
    ['Período: 01/11/2026 a 24/11/2026'],
    [],
    ['Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor'],
    [5001, 1002, 'BRUNO LIMA 91', 'Pago', 'CALISTENIA 3X NA SEMANA MENSAL', currencyCell(380), 'Cartão de crédito', '10/11/2026 14:05:09', 'Balcão', 'RECEPÇÃO - JULIANA --', 'CONSULTOR PADRÃO - MATEUS --'],
    [5001, 1002, 'BRUNO LIMA 91', 'Pago', 'TAXA DE MATRÍCULA', currencyCell(50), 'Cartão de crédito', '10/11/2026 14:05:09', 'Balcão', 'RECEPÇÃO - JULIANA --', 'CONSULTOR PADRÃO - MATEUS --'],
    ['5002', '1003.0', 'MARIA DAS DORES DE SOUZA 12', 'Pago', 'CALISTENIA 2X NA SEMANA TRIMESTRAL', 'R$ 1.234,56', 'Pix', dateCell('2026-11-03', '09:30', 'dd/mm/yyyy hh:mm'), 'Indicação', '-', 'CONSULTOR PADRÃO - MATEUS --'],
    ['5003', null, 'VISITANTE AVULSO', 'Pago', 'AULA AVULSA', '45,00', 'Dinheiro', '12/11/2026', 'Balcão', 'RECEPÇÃO - JULIANA --', '-'],
    [5004, 1004, 'ANTÔNIO GOMES 78', 'Cancelado', 'GYMPASS', 'R$ 0,00', '-', '15/11/2026 08:00', 'Gympass', 'RECEPÇÃO - JULIANA --', 'CONSULTOR PADRÃO --'],
    [],
    ['Total', null, null, null, null, 'R$ 1.709,56'],
  ],
};

const prospects: TestSheet = {
  name: 'prospects',
  rows: [
    ['Tecnofit'],
    ['Funil de vendas - Prospects'],
    ['Período: 01/09/2026 a 24/11/2026'],
    [],
    ['Nome', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos', 'Contatos', 'Turmas', 'Tipo Visita', 'Origem', 'E-mail Validado'],
    ['BRUNO LIMA', 1002, 'CONSULTOR PADRÃO - MATEUS --', '05/10/2026 10:15', 'Ativo', 'CALISTENIA 3X NA SEMANA MENSAL', '38000', 2, '(11) 98765-4321 / (11) 3456-7890', 'CALISTENIA 19H', 'Aula experimental', 'Instagram', 'Sim'],
    ['ANTÔNIO GOMES', 1004, 'RECEPÇÃO - JULIANA --', '02/09/2026 07:50:12', 'Cliente Pass', 'GYMPASS', '000', 0, '-', '-', '-', 'Gympass', 'Não'],
    ['JULIANA ALVES', '1010.0', 'CONSULTOR PADRÃO - MATEUS --', '20/11/2026 19:02', 'Prospect', '-', '-', 1, '(21) 99876-5432', '-', 'Presencial', 'WhatsApp', '-'],
  ],
};

const frequency: TestSheet = {
  name: 'frequencia',
  rows: [
    ['Tecnofit'],
    ['Relatório de frequência'],
    ['Período: 25/10/2026 a 23/11/2026'],
    [],
    ['Nome do Aluno', 'Agenda fixa', 'Aula Avulsa', 'Reposição', 'Prospect', 'GYMPASS', 'Total', 'Sem ação', 'Presenças', 'Faltas'],
    ['Antonio Gomes', 0, 0, 0, 0, 6, 6, 0, 6, 0],
    ['Bruno Lima', 8, 0, 1, 0, 0, 9, 0, 8, 1],
    ['Fulana Sem Cadastro', '-', '-', '-', 1, '-', 1, 0, '-', '-'],
    ['Maria das Dores de Souza', 4, 0, 0, 0, 0, 4, 1, 2, 1],
  ],
};

/** A sheet of notes, as studios add: no layout, reported as ignored. */
const notes: TestSheet = { name: 'anotações', rows: [['Resumo'], ['Indicador', 'Valor'], ['Receita', 'R$ 1.234,56']] };

const workbook = workbookBytes([clientStatus, contractsList, balances, acceptance, blocksSheet, salesSheet, prospects, frequency, notes]);

describeEachDriver('a workbook with every quirk of the exports', (driver) => {
  let database: TestDatabase;
  let report: FileReport;
  /** Customer ids by Código, to read the stored foreign keys. */
  let code: Map<number, string>;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    const studio = await openTestStudio(database);
    report = await importBytes(database.db, studio, 'quirks.xlsx', workbook, { asOf: null, today: '2026-11-30' });
    const rows = await database.db.select({ id: customers.id, code: customers.code }).from(customers);
    code = new Map(rows.map((row) => [row.id, row.code]));
  });
  afterAll(() => database?.close());

  const codeOf = (id: number | null) => (id === null ? null : code.get(id));

  it('imports every row, reports nothing rejected and the notes sheet as ignored', () => {
    expect(report.status).toBe('applied');
    expect(report.asOf).toBe('2026-11-30');
    expect(report.sheets.map((s) => [s.sheet, s.layout, s.snapshotOn, s.read, s.rejected])).toEqual([
      ['clientes_ativos', 'client-status', '2026-11-30', 5, 0],
      ['conversoes', 'contracts', '2026-11-30', 5, 0],
      // The title's "Saldo de aulas em 24/11/2026" dates the balances.
      ['venc_ctr', 'contract-balances', '2026-11-24', 3, 0],
      ['aceite_ctr', 'contract-acceptance', '2026-11-30', 3, 0],
      ['status_completo', 'blocks', '2026-11-30', 4, 0],
      // Receipts carry their own dates; the footer "Total" row is not read.
      ['vendas_totais', 'sales', null, 5, 0],
      ['prospects', 'prospects', '2026-11-24', 3, 0],
      ['frequencia', 'attendance', '2026-11-23', 4, 0],
      ['anotações', null, null, 0, 0],
    ]);
    expect(report.sheets.at(-1)!.warnings).toEqual(['não corresponde a nenhum relatório conhecido: ignorada']);
  });

  it('reports the money unit decided for each money column', () => {
    const decisions = Object.fromEntries(report.sheets.map((s) => [s.sheet, s.moneyDecisions.map((d) => [d.column, d.unit])]));
    expect(decisions).toMatchObject({
      conversoes: [['Valor', 'reais']],
      status_completo: [['Pagamentos em atraso', 'reais']],
      vendas_totais: [['Valor', 'reais']],
      prospects: [['Valor', 'centavos']],
    });
  });

  it('reports the invalid contacts by row and the attendance names without a client', () => {
    const warnings = Object.fromEntries(report.sheets.map((s) => [s.sheet, s.warnings]));
    expect(warnings.status_completo).toEqual(['1 e-mail inválido (linha 9: carla@gmail)', '1 telefone inválido (linha 9: (11) 9816-408)']);
    expect(warnings.frequencia).toEqual(['1 nome sem cliente correspondente: Fulana Sem Cadastro']);
  });

  it('stores one client per Código, however the Código was written, with names, phones and e-mails cleaned', async () => {
    const rows = await database.db
      .select({
        code: customers.code,
        name: customers.name,
        normalizedName: customers.normalizedName,
        phone: customers.phone,
        contactsRaw: customers.contactsRaw,
        email: customers.email,
        emailValid: customers.emailValid,
        customerSince: customers.customerSince,
        status: customers.status,
        statusOn: customers.statusOn,
        firstImportId: customers.firstImportId,
      })
      .from(customers)
      .orderBy(asc(customers.code));
    const importId = report.importId;
    expect(rows).toEqual([
      { code: '1002', name: 'Bruno Lima', normalizedName: 'BRUNO LIMA', phone: '+5511987654321', contactsRaw: '(11) 98765-4321 / (11) 3456-7890', email: 'bruno.lima@gmail.com', emailValid: true, customerSince: '2024-03-05', status: 'Ativo', statusOn: '2026-11-30', firstImportId: importId },
      { code: '1003', name: 'Maria das Dores de Souza', normalizedName: 'MARIA DAS DORES DE SOUZA', phone: '+5511912345678', contactsRaw: '11 91234-5678', email: null, emailValid: true, customerSince: '2025-01-15', status: 'Bloqueado', statusOn: '2026-11-30', firstImportId: importId },
      { code: '1004', name: 'Antônio Gomes', normalizedName: 'ANTONIO GOMES', phone: null, contactsRaw: null, email: 'antonio.gomes@hotmail.com', emailValid: true, customerSince: '2026-09-02', status: 'Cliente Pass', statusOn: '2026-11-30', firstImportId: importId },
      { code: '1005', name: 'Carla Conceição', normalizedName: 'CARLA CONCEICAO', phone: null, contactsRaw: '(11) 9816-408', email: 'carla@gmail', emailValid: false, customerSince: '2023-06-20', status: 'Cancelado', statusOn: '2026-11-30', firstImportId: importId },
      // Known from the balances sheet only.
      { code: '1006', name: 'Pedro Nunes', normalizedName: 'PEDRO NUNES', phone: null, contactsRaw: null, email: null, emailValid: null, customerSince: null, status: null, statusOn: null, firstImportId: importId },
      // The prospects sheet (dated 24/11) says Prospect too, but is older than the client list (30/11).
      { code: '1010', name: 'Juliana Alves', normalizedName: 'JULIANA ALVES', phone: '+5521998765432', contactsRaw: '(21) 99876-5432', email: null, emailValid: null, customerSince: null, status: 'Prospect', statusOn: '2026-11-30', firstImportId: importId },
    ]);
  });

  it('keeps the client list under its snapshot date, with "0,0" as zero and "-" as unknown', async () => {
    const rows = await database.db.select().from(customerSnapshots).orderBy(asc(customerSnapshots.id));
    expect(rows.map((r) => [codeOf(r.customerId), r.snapshotOn, r.status, r.continuityMonths, r.contractCount])).toEqual([
      ['1002', '2026-11-30', 'Ativo', 24.9, 9],
      ['1003', '2026-11-30', 'Bloqueado', 10, 3],
      ['1004', '2026-11-30', 'Cliente Pass', 0, null],
      ['1005', '2026-11-30', 'Cancelado', null, 2],
      ['1010', '2026-11-30', 'Prospect', 0, 0],
    ]);
  });

  it('stores contracts with centavos, ISO dates, statuses and the plan facts read from the plan name', async () => {
    const rows = await database.db.select().from(contracts).orderBy(asc(contracts.sourceKey));
    expect(rows.map((r) => ({
      code: codeOf(r.customerId), sourceKey: r.sourceKey, plan: r.planName, family: r.planFamily, perWeek: r.sessionsPerWeek, days: r.periodDays, pack: r.packSize,
      value: r.valueCents, startsOn: r.startsOn, endsOn: r.endsOn, status: r.status, statusOn: r.statusOn,
    }))).toEqual([
      { code: '1002', sourceKey: '1002|calistenia 3x na semana mensal|2026-11-10', plan: 'CALISTENIA 3X NA SEMANA MENSAL', family: 'calistenia', perWeek: 3, days: 30, pack: null, value: 35000, startsOn: '2026-10-10', endsOn: '2026-11-10', status: 'Finalizado', statusOn: '2026-11-30' },
      // Also named by the balances sheet (same client, plan and end): one contract, not two.
      { code: '1002', sourceKey: '1002|calistenia 3x na semana mensal|2026-12-10', plan: 'CALISTENIA 3X NA SEMANA MENSAL', family: 'calistenia', perWeek: 3, days: 30, pack: null, value: 38000, startsOn: '2026-11-10', endsOn: '2026-12-10', status: 'Ativo', statusOn: '2026-11-30' },
      { code: '1003', sourceKey: '1003|calistenia 2x na semana trimestral|2026-11-30', plan: 'CALISTENIA 2X NA SEMANA TRIMESTRAL', family: 'calistenia', perWeek: 2, days: 90, pack: null, value: 123456, startsOn: '2026-09-01', endsOn: '2026-11-30', status: 'Bloqueado', statusOn: '2026-11-30' },
      { code: '1004', sourceKey: '1004|gympass|-', plan: 'GYMPASS', family: 'gympass', perWeek: null, days: null, pack: null, value: 0, startsOn: '2026-09-02', endsOn: null, status: 'Ativo', statusOn: '2026-11-30' },
      { code: '1005', sourceKey: '1005|10x aulas|2023-08-20', plan: '10X AULAS', family: 'pack', perWeek: null, days: null, pack: 10, value: 29000, startsOn: '2023-06-20', endsOn: '2023-08-20', status: 'Cancelado', statusOn: '2026-11-30' },
      { code: '1006', sourceKey: '1006|10x aulas|2027-01-15', plan: '10X AULAS', family: 'pack', perWeek: null, days: null, pack: 10, value: null, startsOn: null, endsOn: '2027-01-15', status: null, statusOn: null },
    ]);
  });

  it('stores the balances under the title date, decimal commas read and "-" kept unknown', async () => {
    const rows = await database.db
      .select({ snapshot: contractSnapshots, sourceKey: contracts.sourceKey })
      .from(contractSnapshots)
      .innerJoin(contracts, eq(contracts.id, contractSnapshots.contractId))
      .orderBy(asc(contracts.sourceKey));
    expect(rows.map(({ snapshot: s, sourceKey }) => [
      sourceKey, codeOf(s.customerId), s.snapshotOn, s.endsOn, s.weeklyContracted, s.weeklyUsed, s.weeklyAvailable, s.totalContracted, s.totalUsed, s.totalAvailable,
    ])).toEqual([
      ['1002|calistenia 3x na semana mensal|2026-12-10', '1002', '2026-11-24', '2026-12-10', 3, 2, 1, 12, 5, 7],
      ['1003|calistenia 2x na semana trimestral|2026-11-30', '1003', '2026-11-24', '2026-11-30', 2, 0, 2, 24, 15, 9],
      ['1006|10x aulas|2027-01-15', '1006', '2026-11-24', '2027-01-15', null, null, null, 10, 4, 6],
    ]);
  });

  it('stores receipts with centavos, the instant in São Paulo time, and the consultants by name', async () => {
    const rows = await database.db.select().from(sales).orderBy(asc(sales.receipt), asc(sales.item));
    expect(rows.map((r) => ({
      receipt: r.receipt, item: r.item, customer: codeOf(r.customerId), code: r.customerCode, name: r.customerName, status: r.status, description: r.description,
      family: r.planFamily, value: r.valueCents, payment: r.paymentMethod, soldOn: r.soldOn, soldAt: r.soldAt?.toISOString(), origin: r.origin,
      responsible: r.receiptResponsible, consultant: r.consultant,
    }))).toEqual([
      { receipt: '5001', item: 1, customer: '1002', code: '1002', name: 'BRUNO LIMA 91', status: 'Pago', description: 'CALISTENIA 3X NA SEMANA MENSAL', family: 'calistenia', value: 38000, payment: 'Cartão de crédito', soldOn: '2026-11-10', soldAt: '2026-11-10T17:05:09.000Z', origin: 'Balcão', responsible: 'Juliana', consultant: 'Mateus' },
      { receipt: '5001', item: 2, customer: '1002', code: '1002', name: 'BRUNO LIMA 91', status: 'Pago', description: 'TAXA DE MATRÍCULA', family: 'outro', value: 5000, payment: 'Cartão de crédito', soldOn: '2026-11-10', soldAt: '2026-11-10T17:05:09.000Z', origin: 'Balcão', responsible: 'Juliana', consultant: 'Mateus' },
      { receipt: '5002', item: 1, customer: '1003', code: '1003', name: 'MARIA DAS DORES DE SOUZA 12', status: 'Pago', description: 'CALISTENIA 2X NA SEMANA TRIMESTRAL', family: 'calistenia', value: 123456, payment: 'Pix', soldOn: '2026-11-03', soldAt: '2026-11-03T12:30:00.000Z', origin: 'Indicação', responsible: null, consultant: 'Mateus' },
      { receipt: '5003', item: 1, customer: null, code: null, name: 'VISITANTE AVULSO', status: 'Pago', description: 'AULA AVULSA', family: 'avulsa', value: 4500, payment: 'Dinheiro', soldOn: '2026-11-12', soldAt: '2026-11-12T03:00:00.000Z', origin: 'Balcão', responsible: 'Juliana', consultant: null },
      // A bare role ("CONSULTOR PADRÃO --") names nobody; the GYMPASS receipt is a real zero.
      { receipt: '5004', item: 1, customer: '1004', code: '1004', name: 'ANTÔNIO GOMES 78', status: 'Cancelado', description: 'GYMPASS', family: 'gympass', value: 0, payment: null, soldOn: '2026-11-15', soldAt: '2026-11-15T11:00:00.000Z', origin: 'Gympass', responsible: 'Juliana', consultant: null },
    ]);
  });

  it('stores acceptances with the instant of "Aceito em …", the status and whether a resend is offered', async () => {
    const rows = await database.db.select().from(contractAcceptances).orderBy(asc(contractAcceptances.contractName));
    expect(rows.map((r) => [codeOf(r.customerId), r.snapshotOn, r.contractName, r.lastAcceptedAt?.toISOString() ?? null, r.version, r.status, r.resendAvailable])).toEqual([
      ['1003', '2026-11-30', 'CALISTENIA 2X NA SEMANA TRIMESTRAL', null, '2', 'Aguardando aceite', true],
      ['1002', '2026-11-30', 'CALISTENIA 3X NA SEMANA MENSAL', '2026-11-20T20:23:00.000Z', '3', 'Aceito', null],
      ['1004', '2026-11-30', 'GYMPASS', '2026-09-02T11:05:30.000Z', '1', 'Aceito', false],
    ]);
  });

  it('stores blocks with the date cell, days blocked and the amount owed; "-" is unknown, not zero', async () => {
    const rows = await database.db.select().from(blocks).orderBy(asc(blocks.id));
    expect(rows.map((r) => [codeOf(r.customerId), r.snapshotOn, r.customerStatus, r.blockedOn, r.daysBlocked, r.overdueCents, r.overduePayments])).toEqual([
      ['1002', '2026-11-30', 'Ativo', null, null, 0, null],
      ['1003', '2026-11-30', 'Bloqueado', '2026-11-10', 20, 29000, null],
      ['1004', '2026-11-30', 'Cliente Pass', null, null, null, null],
      ['1005', '2026-11-30', 'Cancelado', null, null, 123456, null],
    ]);
  });

  it('matches attendance names to clients ("Bruno Lima" is "BRUNO LIMA 91") and keeps the others unmatched', async () => {
    const rows = await database.db.select().from(attendance).orderBy(asc(attendance.normalizedName));
    expect(rows.map((r) => ({
      name: r.studentName, key: r.normalizedName, customer: codeOf(r.customerId), match: r.match, occurrence: r.occurrence, from: r.periodStart, to: r.periodEnd,
      counts: [r.fixedSchedule, r.dropIn, r.makeUp, r.prospect, r.gympass, r.total, r.noAction, r.presences, r.absences],
    }))).toEqual([
      { name: 'Antonio Gomes', key: 'ANTONIO GOMES', customer: '1004', match: 'matched', occurrence: 1, from: '2026-10-25', to: '2026-11-23', counts: [0, 0, 0, 0, 6, 6, 0, 6, 0] },
      { name: 'Bruno Lima', key: 'BRUNO LIMA', customer: '1002', match: 'matched', occurrence: 1, from: '2026-10-25', to: '2026-11-23', counts: [8, 0, 1, 0, 0, 9, 0, 8, 1] },
      { name: 'Fulana Sem Cadastro', key: 'FULANA SEM CADASTRO', customer: null, match: 'unmatched', occurrence: 1, from: '2026-10-25', to: '2026-11-23', counts: [null, null, null, 1, null, 1, 0, null, null] },
      { name: 'Maria das Dores de Souza', key: 'MARIA DAS DORES DE SOUZA', customer: '1003', match: 'matched', occurrence: 1, from: '2026-10-25', to: '2026-11-23', counts: [4, 0, 0, 0, 0, 4, 1, 2, 1] },
    ]);
  });

  it('stores prospects as leads with their stage, consultant and first contract in centavos ("000" = 0, "-" = unknown)', async () => {
    const rows = await database.db.select().from(leads).orderBy(asc(leads.code));
    expect(rows.map((r) => ({
      code: r.code, customer: codeOf(r.customerId), name: r.name, phone: r.phone, stage: r.stage, origin: r.origin, consultant: r.consultant,
      firstContract: r.firstContract, cents: r.firstContractCents, visit: r.visitType, appointments: r.appointments, prospectOn: r.prospectOn,
    }))).toEqual([
      { code: '1002', customer: '1002', name: 'Bruno Lima', phone: '+5511987654321', stage: 'matriculou', origin: 'Instagram', consultant: 'Mateus', firstContract: 'CALISTENIA 3X NA SEMANA MENSAL', cents: 38000, visit: 'Aula experimental', appointments: 2, prospectOn: '2026-10-05' },
      { code: '1004', customer: '1004', name: 'Antônio Gomes', phone: null, stage: 'matriculou', origin: 'Gympass', consultant: 'Juliana', firstContract: 'GYMPASS', cents: 0, visit: null, appointments: 0, prospectOn: '2026-09-02' },
      { code: '1010', customer: '1010', name: 'Juliana Alves', phone: '+5521998765432', stage: 'agendou', origin: 'WhatsApp', consultant: 'Mateus', firstContract: null, cents: null, visit: 'Presencial', appointments: 1, prospectOn: '2026-11-20' },
    ]);
  });

  it('records the import once, with its hash, date and counts', async () => {
    const rows = await database.db.select().from(imports);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: report.importId, fileName: 'quirks.xlsx', fileHash: report.sha256, sizeBytes: workbook.length, asOf: '2026-11-30', status: 'applied' });
    expect(rows[0]!.counts).toMatchObject({ vendas_totais: { read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 } });
  });
});
