import { describe, expect, it } from 'vitest';
import { emptyCell, type Cell } from './cell.ts';
import type { SheetGrid } from './read-workbook.ts';
import { recognizeSheet } from './recognize-sheet.ts';

/** A grid from text rows: null is an empty cell, a number a number cell. */
function grid(rows: (string | number | null)[][], name = 'planilha'): SheetGrid {
  return {
    name,
    rows: rows.map((row) =>
      row.map((value): Cell => (value === null ? emptyCell : typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value })),
    ),
  };
}

/** DOMAIN.md §1's header of each layout, as the exports write it. */
const domainHeaders: [string, string[]][] = [
  ['contract-balances', ['CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONÍVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS']],
  ['sales', ['Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor']],
  ['contract-acceptance', ['Código', 'Cliente', 'Contrato', 'Último Aceite', 'Versão', 'Status', 'Reenviar']],
  ['client-status', ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos']],
  ['blocks', ['Código', 'Cliente', 'Contatos', 'E-mail', 'Status Cliente', 'Data de Bloqueio', 'Total de dias bloqueados', 'Pagamentos em atraso']],
  ['contracts', ['Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento']],
  ['prospects', ['Nome', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos', 'Contatos', 'Turmas', 'Tipo Visita', 'Origem', 'E-mail Validado']],
  ['attendance', ['Aluno', 'Agenda fixa', 'Aula Avulsa', 'Reposição', 'Prospect', 'GYMPASS', 'Total', 'Sem ação', 'Presenças', 'Faltas']],
];

describe('recognizeSheet', () => {
  it.each(domainHeaders)('recognises the %s layout by its header row alone', (layout, header) => {
    const recognition = recognizeSheet(grid([header]));
    expect(recognition).toMatchObject({ kind: 'recognized', headerRow: 0 });
    expect(recognition.kind === 'recognized' && recognition.layout.id).toBe(layout);
  });

  it('finds the header below the title rows and blank rows, after leading empty columns', () => {
    const recognition = recognizeSheet(
      grid([
        [null, 'Tecnofit'],
        [null, 'Vencimento de contratos'],
        [null, 'Saldo de aulas em 17/11/2026'],
        [],
        [null, null, null],
        [null, 'CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONÍVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS'],
        [null, '1002.0', 'BRUNO LIMA 91', 'CALISTENIA 3X NA SEMANA MENSAL', '10/12/2026', '3,0', '1,0', '2,0', '12', '7', '5'],
      ]),
    );
    expect(recognition.kind).toBe('recognized');
    if (recognition.kind !== 'recognized') return;
    expect(recognition.layout.id).toBe('contract-balances');
    expect(recognition.headerRow).toBe(5);
    // Column indexes count the leading empty column; headers are kept as written, for messages.
    expect(recognition.columns).toEqual({
      code: { index: 1, header: 'CÓDIGO' },
      name: { index: 2, header: 'CLIENTE' },
      plan: { index: 3, header: 'CONTRATO' },
      endsOn: { index: 4, header: 'VENCIMENTO' },
      weeklyContracted: { index: 5, header: 'CONTRATADAS POR SEMANA' },
      weeklyUsed: { index: 6, header: 'UTILIZADAS NA SEMANA' },
      weeklyAvailable: { index: 7, header: 'DISPONÍVEIS NA SEMANA' },
      totalContracted: { index: 8, header: 'CONTRATADAS' },
      totalUsed: { index: 9, header: 'UTILIZADAS' },
      totalAvailable: { index: 10, header: 'DISPONÍVEIS' },
    });
  });

  it('matches headers whatever their accents, case and spacing', () => {
    const recognition = recognizeSheet(
      grid([['  codigo ', 'CLIENTE', 'cliente   DESDE', 'STATUS  ATUAL', 'continuidade(meses)', 'CONTRATOS']]),
    );
    expect(recognition.kind).toBe('recognized');
    if (recognition.kind !== 'recognized') return;
    expect(recognition.layout.id).toBe('client-status');
    expect(recognition.columns).toMatchObject({
      code: { index: 0, header: 'codigo' },
      customerSince: { index: 2, header: 'cliente   DESDE' },
      status: { index: 3, header: 'STATUS  ATUAL' },
      continuityMonths: { index: 4, header: 'continuidade(meses)' },
      contracts: { index: 5, header: 'CONTRATOS' },
    });
  });

  it('knows the spelling variants: "Reenvia", "Nome do Aluno", "Cliente" for "Nome"', () => {
    const acceptance = recognizeSheet(grid([['Código', 'Cliente', 'Contrato', 'Último Aceite', 'Versão', 'Status', 'Reenvia']]));
    expect(acceptance).toMatchObject({ kind: 'recognized', layout: { id: 'contract-acceptance' }, columns: { resend: { index: 6, header: 'Reenvia' } } });

    const attendance = recognizeSheet(grid([['Nome do Aluno', 'Agenda fixa', 'Aula Avulsa', 'Reposição', 'Prospect', 'GYMPASS', 'Total', 'Sem ação', 'Presenças', 'Faltas']]));
    expect(attendance).toMatchObject({ kind: 'recognized', layout: { id: 'attendance' }, columns: { student: { index: 0, header: 'Nome do Aluno' } } });

    const prospects = recognizeSheet(
      grid([['Cliente', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos', 'Contatos', 'Turmas', 'Tipo Visita', 'Origem', 'E-mail Validado']]),
    );
    expect(prospects).toMatchObject({ kind: 'recognized', layout: { id: 'prospects' }, columns: { name: { index: 0, header: 'Cliente' } } });
  });

  it('skips a title row that shares a word with a header, and number cells in the header row', () => {
    const recognition = recognizeSheet(
      grid([
        ['Código', 'Relatório'],
        [],
        [2026, 'Código', 'Cliente', 'Cliente desde', 'Status atual'],
      ]),
    );
    expect(recognition).toMatchObject({ kind: 'recognized', layout: { id: 'client-status' }, headerRow: 2, columns: { code: { index: 1 } } });
  });

  it('leaves a sheet that matches no layout unrecognised, never guessed', () => {
    expect(recognizeSheet(grid([['Resumo do mês'], ['Indicador', 'Valor'], ['Receita', 'R$ 1.234,56']]))).toEqual({ kind: 'unrecognized' });
    expect(recognizeSheet(grid([]))).toEqual({ kind: 'unrecognized' });
    expect(recognizeSheet(grid([['Código', 'Cliente']]))).toEqual({ kind: 'unrecognized' });
  });

  it('looks for the header in the first 30 rows only', () => {
    const header = ['Código', 'Cliente', 'Cliente desde', 'Status atual'];
    const titles = (count: number) => Array.from({ length: count }, (_, index) => [`linha ${index + 1}`]);
    expect(recognizeSheet(grid([...titles(29), header]))).toMatchObject({ kind: 'recognized', headerRow: 29 });
    expect(recognizeSheet(grid([...titles(30), header]))).toEqual({ kind: 'unrecognized' });
  });

  it('calls a sheet missing a required column incomplete and names the column', () => {
    const recognition = recognizeSheet(grid([['Tecnofit'], [], ['Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos']]));
    expect(recognition.kind).toBe('incomplete');
    if (recognition.kind !== 'incomplete') return;
    expect(recognition.layout.id).toBe('client-status');
    expect(recognition.headerRow).toBe(2);
    expect(recognition.missing).toEqual(['Código']);
  });

  it('names every missing required column', () => {
    const recognition = recognizeSheet(grid([['Código', 'Cliente', 'Contrato', 'Versão', 'Reenviar']]));
    expect(recognition).toMatchObject({ kind: 'incomplete', layout: { id: 'contract-acceptance' }, missing: ['Último Aceite', 'Status'] });
  });

  it('prefers a complete layout to a nearly matching one', () => {
    // Balances share Código, Cliente, Contrato and Vencimento with the contracts layout, which also
    // needs Status Contrato and Início: this header is a complete balances sheet, not an incomplete list.
    const recognition = recognizeSheet(grid([['Código', 'Cliente', 'Contrato', 'Vencimento', 'Contratadas', 'Utilizadas']]));
    expect(recognition).toMatchObject({ kind: 'recognized', layout: { id: 'contract-balances' } });
  });
});
