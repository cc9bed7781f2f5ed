/**
 * Reads the generated workbooks back with SheetJS, as an importer would see them: headers as DOMAIN.md
 * §1 lists them (with the known variants), the report frame around them, and each column's quirk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CellObject } from 'xlsx';
import { normalizePhone } from '../domain/phone.ts';
import { fileBytes, readTable, type Table } from './read-back.testing.ts';
import { generateDemo, type GeneratedDemo } from './write-demo.ts';

const asOf = '2026-11-23';

/** Text of a cell; fails the test for a cell that is not text. */
function textOf(cell: CellObject | undefined): string {
  expect(cell?.t).toBe('s');
  return String(cell?.v);
}

// DOMAIN.md §1, column by column; variants (~) as the demo uses them.
const layouts = {
  venc_ctr: ['CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONÍVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS'],
  vendas_totais: ['Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor'],
  aceite_ctr: ['Código', 'Cliente', 'Contrato', 'Último Aceite', 'Versão', 'Status', 'Reenvia'],
  clientes_ativos: ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'],
  status_completo: ['Código', 'Cliente', 'Contatos', 'E-mail', 'Status Cliente', 'Data de Bloqueio', 'Total de dias bloqueados', 'Pagamentos em atraso'],
  conversoes: ['Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento'],
  prospects: ['Cliente', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos', 'Contatos', 'Turmas', 'Tipo Visita', 'Origem', 'E-mail Validado'],
  frequencia: ['Nome do Aluno', 'Agenda fixa', 'Aula Avulsa', 'Reposição', 'Prospect', 'GYMPASS', 'Total', 'Sem ação', 'Presenças', 'Faltas'],
} as const;

const sheetFiles: Record<keyof typeof layouts, string> = {
  venc_ctr: 'funil_vendas.xlsx',
  vendas_totais: 'funil_vendas.xlsx',
  prospects: 'funil_vendas.xlsx',
  aceite_ctr: 'clientes.xlsx',
  clientes_ativos: 'clientes.xlsx',
  status_completo: 'clientes.xlsx',
  conversoes: 'clientes.xlsx',
  frequencia: 'frequencia.xlsx',
};

const clientStatuses = ['Ativo', 'Bloqueado', 'Cancelado', 'Excluído', 'Prospect', 'Sem Contrato', 'Cliente Pass'];
const contractStatuses = ['Ativo', 'Bloqueado', 'Cancelado', 'Finalizado'];
const planName = /^(CALISTENIA [23]X NA SEMANA (MENSAL|TRIMESTRAL|SEMESTRAL|ANUAL)|CALISTENIA 10X AULAS|AULA EXPERIMENTAL|AULA AVULSA|GYMPASS|TOTALPASS|FISIOTERAPIA [12]X NA SEMANA MENSAL)$/;
const numberedName = /^[A-ZÀ-Ü ]+ \d{1,3}$/u;

describe('the Tecnofit workbooks', () => {
  let demo: GeneratedDemo;
  const tables = {} as Record<keyof typeof layouts, Table>;

  beforeAll(() => {
    demo = generateDemo({ customers: 300, seed: 11, asOf });
    for (const [sheet, header] of Object.entries(layouts) as [keyof typeof layouts, readonly string[]][]) {
      tables[sheet] = readTable(fileBytes(demo, sheetFiles[sheet]), sheet, header[0] as string);
    }
  });

  it('writes the four workbooks and the manifest', () => {
    expect(demo.files.map((f) => f.name)).toEqual(['funil_vendas.xlsx', 'funil_vendas_2026-11-16.xlsx', 'clientes.xlsx', 'frequencia.xlsx', 'manifest.json']);
    const older = XLSX.read(fileBytes(demo, 'funil_vendas_2026-11-16.xlsx'), { type: 'buffer' });
    expect(older.SheetNames).toEqual(['venc_ctr']);
  });

  it.each(Object.keys(layouts) as (keyof typeof layouts)[])('%s has the header of its DOMAIN.md layout', (sheet) => {
    expect(tables[sheet].header).toEqual([...layouts[sheet]]);
    expect(tables[sheet].rows.length).toBeGreaterThan(0);
  });

  it('frames reports with a "Tecnofit" title, blank rows and, in some sheets, an empty first column', () => {
    for (const sheet of ['venc_ctr', 'vendas_totais', 'prospects', 'aceite_ctr', 'status_completo', 'conversoes', 'frequencia'] as const) {
      const table = tables[sheet];
      expect(table.above[0]?.[table.firstColumn]).toBe('Tecnofit');
      expect(table.above[table.headerRow - 1]?.every((v) => v === '')).toBe(true);
    }
    expect(tables.clientes_ativos.headerRow).toBe(0);
    expect([tables.venc_ctr, tables.status_completo, tables.frequencia].map((t) => t.firstColumn)).toEqual([1, 1, 1]);
    expect(tables.vendas_totais.firstColumn).toBe(0);
  });

  it('states the 30 days the frequency report covers', () => {
    expect(tables.frequencia.above.flat()).toContain('Período: 25/10/2026 a 23/11/2026');
  });

  it('writes dates as date cells in some columns and as text in others', () => {
    for (const row of tables.venc_ctr.rows) expect(row.VENCIMENTO).toMatchObject({ t: 'n', z: 'dd/mm/yyyy' });
    for (const row of tables.conversoes.rows) {
      expect(row['Início']).toMatchObject({ t: 'n', z: 'dd/mm/yyyy' });
      expect(textOf(row.Vencimento)).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    }
    for (const row of tables.vendas_totais.rows) expect(textOf(row.Data)).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
    for (const row of tables.prospects.rows) expect(textOf(row.Data)).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    for (const row of tables.clientes_ativos.rows) expect(textOf(row['Cliente desde'])).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    const accepted = tables.aceite_ctr.rows.map((row) => textOf(row['Último Aceite']));
    expect(accepted.every((v) => v === '-' || /^Aceito em \d\d\/\d\d\/\d{4} \d\d:\d\d$/.test(v))).toBe(true);
    expect(accepted.filter((v) => v !== '-').length).toBeGreaterThan(accepted.length / 2);
  });

  it('writes money four ways, each column consistent in itself', () => {
    for (const row of tables.vendas_totais.rows) expect(row.Valor).toMatchObject({ t: 'n', z: '"R$" #,##0.00' });
    for (const row of tables.conversoes.rows) expect(textOf(row.Valor)).toMatch(/^R\$ \d{1,3}(\.\d{3})*,\d\d$/);
    for (const row of tables.status_completo.rows) expect(textOf(row['Pagamentos em atraso'])).toMatch(/^\d+,\d\d$/);
    const centavos = tables.prospects.rows.map((row) => textOf(row.Valor));
    expect(centavos.every((v) => /^(\d+|-)$/.test(v))).toBe(true);
    const gympass = tables.prospects.rows.filter((row) => ['GYMPASS', 'TOTALPASS'].includes(String(row['Primeiro Contrato']?.v)));
    expect(gympass.length).toBeGreaterThan(0);
    for (const row of gympass) expect(row.Valor?.v).toBe('000');
    expect(centavos).toContain('-');
    expect(centavos.some((v) => /^\d{5,}$/.test(v))).toBe(true);
  });

  it('writes counts with decimal commas and "-" for unknown', () => {
    const weekly = tables.venc_ctr.rows.map((row) => textOf(row['CONTRATADAS POR SEMANA']));
    expect(weekly.every((v) => v === '-' || /^\d,0$/.test(v))).toBe(true);
    for (const row of tables.clientes_ativos.rows) expect(textOf(row['Continuidade (meses)'])).toMatch(/^\d+,\d$/);
    expect(tables.clientes_ativos.rows.some((row) => row['Continuidade (meses)']?.v === '0,0')).toBe(true);
    expect(tables.status_completo.rows.some((row) => row['Data de Bloqueio']?.v === '-')).toBe(true);
  });

  it('writes client codes as "1002.0"-like numbers, plain numbers and text', () => {
    for (const row of tables.venc_ctr.rows) expect(row['CÓDIGO']).toMatchObject({ t: 'n', z: '0.0' });
    for (const row of tables.conversoes.rows) expect(row['Código']).toMatchObject({ t: 'n', z: '0.0' });
    for (const row of tables.vendas_totais.rows) expect(row['Código']?.t).toBe('n');
    for (const row of tables.aceite_ctr.rows) expect(textOf(row['Código'])).toMatch(/^\d{4,}$/);
    for (const row of tables.status_completo.rows) expect(textOf(row['Código'])).toMatch(/^\d{4,}$/);
  });

  it('names clients in upper case with a number in the client sheets, and otherwise in the attendance report', () => {
    for (const sheet of ['venc_ctr', 'vendas_totais', 'aceite_ctr', 'clientes_ativos', 'status_completo'] as const) {
      const column = sheet === 'venc_ctr' ? 'CLIENTE' : 'Cliente';
      for (const row of tables[sheet].rows) expect(textOf(row[column])).toMatch(numberedName);
    }
    for (const row of tables.frequencia.rows) expect(textOf(row['Nome do Aluno'])).toMatch(/^[A-ZÀ-Ü][a-zà-ü]+( [A-ZÀ-Ü][a-zà-ü]+)+$/u);
    for (const row of tables.vendas_totais.rows) expect(textOf(row.Consultor)).toMatch(/^CONSULTOR PADRÃO - [A-Z]+ --$/);
  });

  it('uses only the statuses and plan names DOMAIN.md lists', () => {
    for (const row of tables.clientes_ativos.rows) expect(clientStatuses).toContain(row['Status atual']?.v);
    for (const row of tables.status_completo.rows) expect(clientStatuses).toContain(row['Status Cliente']?.v);
    for (const row of tables.conversoes.rows) {
      expect(contractStatuses).toContain(row['Status Contrato']?.v);
      expect(textOf(row.Contrato)).toMatch(planName);
    }
    for (const row of tables.vendas_totais.rows) expect(textOf(row['Descrição'])).toMatch(planName);
    for (const row of tables.aceite_ctr.rows) expect(['Aceito', 'Aguardando aceite']).toContain(row.Status?.v);
    expect(new Set(tables.clientes_ativos.rows.map((row) => row['Status atual']?.v))).toEqual(new Set(clientStatuses));
    expect(tables.clientes_ativos.rows).toHaveLength(300);
  });

  it('has mostly valid São Paulo mobiles and e-mails, and a few broken ones', () => {
    const phones = tables.status_completo.rows.map((row) => textOf(row.Contatos)).filter((v) => v !== '-');
    const valid = phones.filter((p) => normalizePhone(p) !== null);
    expect(valid.length / phones.length).toBeGreaterThan(0.9);
    expect(valid.length).toBeLessThan(phones.length);
    expect(phones.filter((p) => p.startsWith('(11) 9')).length / phones.length).toBeGreaterThan(0.8);
    const emails = tables.status_completo.rows.map((row) => textOf(row['E-mail'])).filter((v) => v !== '-');
    const wellFormed = emails.filter((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
    expect(wellFormed.length / emails.length).toBeGreaterThan(0.85);
    expect(wellFormed.length).toBeLessThan(emails.length);
  });
});
