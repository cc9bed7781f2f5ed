import { describe, expect, it } from 'vitest';
import { emptyCell, type Cell } from './cell.ts';
import { decideMoneyUnits, readRows, rowReader, titleLinesOf } from './parse-sheet.ts';
import type { SheetGrid } from './read-workbook.ts';
import { recognizeSheet } from './recognize-sheet.ts';

function grid(rows: (string | number | null)[][]): SheetGrid {
  return {
    name: 'conversoes',
    rows: rows.map((row) =>
      row.map((value): Cell => (value === null ? emptyCell : typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value })),
    ),
  };
}

/** A whole sheet read with the importer's pieces, as sheet-events.ts composes them chunk by chunk. */
function parse(rows: (string | number | null)[][]) {
  const sheet = grid(rows);
  const recognition = recognizeSheet(sheet);
  if (recognition.kind !== 'recognized') throw new Error(`not recognised: ${recognition.kind}`);
  const { layout, headerRow, columns } = recognition;
  const dataRows = sheet.rows.slice(headerRow + 1);
  const money = decideMoneyUnits(layout, columns, (index) => dataRows.map((row) => row[index] ?? emptyCell));
  const read = readRows(rowReader(layout, columns, money.units), (index) => sheet.rows[index] ?? [], headerRow + 1, sheet.rows.length);
  return { ...read, moneyDecisions: money.decisions, titleLines: titleLinesOf(sheet.rows.slice(0, headerRow)) };
}

const contractsHeader = ['CÓDIGO', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento'];

describe('reading a sheet', () => {
  // Excel rows:        1           2                          3
  const titles = [['Tecnofit'], ['Conversões - contratos'], []];
  const sheet = parse([
    ...titles,
    contractsHeader, // row 4
    [1002, 'BRUNO LIMA 91', 'Ativo', 'Sim', 'CALISTENIA 3X NA SEMANA MENSAL', 'Ativo', 'R$ 380,00', '10/11/2026', '10/12/2026'], // 5
    [1003, 'CARLA DIAS 7', 'Ativo', 'Não', 'CALISTENIA 2X NA SEMANA MENSAL', 'Ativo', '-R$ 10,00', '01/11/2026', '01/12/2026'], // 6: negative
    [1004, 'DANI ROCHA 3', 'Ativo', 'Sim', '10X AULAS', 'Ativo', 'R$ 290,00', '31/02/2026', '-'], // 7: impossible date
    ['-', 'SEM CÓDIGO 1', 'Ativo', 'Sim', '10X AULAS', 'Ativo', 'R$ 290,00', '01/11/2026', '-'], // 8: no Código
    [null, null, null], // 9: blank
    ['-', ' ', '--', null, '–'], // 10: only "unknown" marks: blank too
    [1005, 'ELIS MOTA 12', '-', '-', 'GYMPASS', 'Finalizado', 'R$ 0,00', '-', '-'], // 11
    [1006, 'FABI LUZ 2', 'Ativo', 'Sim', 'AULA AVULSA', 'Ativo', '-5', '99/99/2026', '-'], // 12: two problems, one rejection
    ['Total', '6 contratos'], // 13: footer
    ['TOTAL GERAL', 'R$ 670,00'], // 14: footer
  ]);

  it('rejects each bad row with its Excel row, the column as written and the reason; the other rows go on', () => {
    expect(sheet.rejections).toEqual([
      { row: 6, column: 'Valor', reason: 'valor negativo não é aceito: "-R$ 10,00"' },
      { row: 7, column: 'Início', reason: 'data inválida: "31/02/2026"' },
      { row: 8, column: 'CÓDIGO', reason: 'valor obrigatório em branco' },
      // A row is rejected once, for the first column (in the layout's order) it cannot read.
      { row: 12, column: 'Valor', reason: 'valor negativo não é aceito: "-5"' },
    ]);
    expect(sheet.rows.map((row) => row.sourceRow)).toEqual([5, 11]);
  });

  it('reads the accepted rows field by field', () => {
    expect(sheet.rows).toEqual([
      {
        sourceRow: 5,
        code: '1002',
        name: 'BRUNO LIMA 91',
        customerStatus: 'Ativo',
        emailValid: true,
        plan: { name: 'CALISTENIA 3X NA SEMANA MENSAL', family: 'calistenia', sessionsPerWeek: 3, periodDays: 30, packSize: null },
        status: 'Ativo',
        value: 38000,
        startsOn: '2026-11-10',
        endsOn: '2026-12-10',
      },
      {
        sourceRow: 11,
        code: '1005',
        name: 'ELIS MOTA 12',
        // "-" is unknown: null, never zero or false.
        customerStatus: null,
        emailValid: null,
        plan: { name: 'GYMPASS', family: 'gympass', sessionsPerWeek: null, periodDays: null, packSize: null },
        status: 'Finalizado',
        value: 0,
        startsOn: null,
        endsOn: null,
      },
    ]);
  });

  it('skips blank rows and "Total" footers without counting them as read', () => {
    // Rows 5, 6, 7, 8, 11 and 12; not 9 and 10 (blank), 13 and 14 (footers).
    expect(sheet.read).toBe(6);
  });

  it('keeps the title lines above the header, for the report date', () => {
    expect(sheet.titleLines).toEqual(['Tecnofit', 'Conversões - contratos']);
  });

  it('decides the money unit of each column once and reports it', () => {
    expect(sheet.moneyDecisions).toEqual([
      { column: 'Valor', unit: 'reais', reason: 'valores com R$, separador decimal ou de milhar (ex.: R$ 380,00): lidos como reais (coluna mista, decidido pela maioria: 1 de 6 valores são inteiros sem separador e também são lidos como reais)' },
    ]);
  });

  it('reads an integer-centavos column as centavos, "000" as zero and "-" as unknown', () => {
    const prospects = parse([
      ['Nome', 'Código', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor'],
      ['ANA PAZ', 2001, '05/11/2026 10:15', 'Ativo', 'CALISTENIA 3X NA SEMANA MENSAL', '38000'],
      ['RUI SOL', 2002, '06/11/2026 18:40:05', 'Cliente Pass', 'GYMPASS', '000'],
      ['LIA MAR', 2003, '07/11/2026', 'Prospect', '-', '-'],
    ]);
    expect(prospects.rejections).toEqual([]);
    expect(prospects.rows.map((row) => [row.value, row.prospectAt, row.firstContract])).toEqual([
      [38000, { date: '2026-11-05', time: '10:15:00' }, 'CALISTENIA 3X NA SEMANA MENSAL'],
      [0, { date: '2026-11-06', time: '18:40:05' }, 'GYMPASS'],
      [null, { date: '2026-11-07', time: null }, null],
    ]);
    expect(prospects.moneyDecisions).toEqual([
      { column: 'Valor', unit: 'centavos', reason: 'valores inteiros sem separador terminados em 00 (100%, mediana 38000, ex.: 38000): lidos como centavos' },
    ]);
  });

  it('keeps a "Total…" word inside data: a client named TOTALPASS is not a footer', () => {
    const attendance = parse([
      ['Aluno', 'Presenças', 'Faltas'],
      ['TOTALPASS VISITANTE', 3],
      ['Total', 3],
    ]);
    expect(attendance.rows.map((row) => row.student)).toEqual(['TOTALPASS VISITANTE']);
    expect(attendance.read).toBe(1);
  });
});
