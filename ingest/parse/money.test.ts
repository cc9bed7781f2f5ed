import { describe, expect, it } from 'vitest';
import { emptyCell, textCell, type Cell } from '../cell.ts';
import { decideMoneyUnit, parseMoney } from './money.ts';

const texts = (...values: string[]): Cell[] => values.map(textCell);
const currency = (value: number): Cell => ({ kind: 'number', value, format: '"R$" #,##0.00' });

describe('parseMoney', () => {
  it.each([
    ['R$ 1.234,56', 123456],
    ['R$1.234,56', 123456],
    ['R$ 380,00', 38000],
    ['r$ 25', 2500],
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['1234.56', 123456],
    ['1.234', 123400],
    ['1.570.000,00', 157000000],
    ['1,234.56', 123456],
    ['-R$ 10,00', -1000],
    ['R$ -10,00', -1000],
    ['- R$ 10,00', -1000],
    ['(10,00)', -1000],
    ['(R$ 10,00)', -1000],
    ['R$ -', 0],
    ['R$ 0,00', 0],
    ['0,00', 0],
  ])('%j -> %d centavos whatever the unit', (text, expected) => {
    expect(parseMoney(textCell(text), 'reais')).toEqual({ ok: true, value: expected });
    expect(parseMoney(textCell(text), 'centavos')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['38000', 'centavos', 38000],
    ['38000', 'reais', 3800000],
    ['380', 'reais', 38000],
    ['380', 'centavos', 380],
    ['000', 'centavos', 0],
    ['000', 'reais', 0],
    ['-5000', 'centavos', -5000],
  ] as const)('bare integer %j in %s -> %d', (text, unit, expected) => {
    expect(parseMoney(textCell(text), unit)).toEqual({ ok: true, value: expected });
  });

  it('reads currency cells and fractional numbers as reais', () => {
    expect(parseMoney(currency(300), 'centavos')).toEqual({ ok: true, value: 30000 });
    expect(parseMoney(currency(1234.56), 'reais')).toEqual({ ok: true, value: 123456 });
    expect(parseMoney({ kind: 'number', value: 149.9 }, 'centavos')).toEqual({ ok: true, value: 14990 });
    expect(parseMoney({ kind: 'number', value: 38000, format: '#,##0' }, 'centavos')).toEqual({ ok: true, value: 3800000 });
  });

  it('lets the unit decide integer number cells without a money format', () => {
    expect(parseMoney({ kind: 'number', value: 38000 }, 'centavos')).toEqual({ ok: true, value: 38000 });
    expect(parseMoney({ kind: 'number', value: 380, format: 'General' }, 'reais')).toEqual({ ok: true, value: 38000 });
  });

  it.each([emptyCell, textCell('-'), textCell(' -- '), textCell('')])('reads %j as unknown, never zero', (cell) => {
    expect(parseMoney(cell, 'reais')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['grátis', 'valor inválido: "grátis"'],
    ['R$ 12,3,4', 'valor inválido: "R$ 12,3,4"'],
    ['10,005', 'valor com mais de duas casas decimais: "10,005"'],
    ['1,234', 'valor com mais de duas casas decimais: "1,234"'],
  ])('rejects %j', (text, reason) => {
    expect(parseMoney(textCell(text), 'reais')).toEqual({ ok: false, reason });
  });

  it('rejects dates, booleans and non-finite numbers', () => {
    expect(parseMoney({ kind: 'date', date: '2026-11-24', time: null }, 'reais')).toEqual({ ok: false, reason: 'valor inválido: "2026-11-24"' });
    expect(parseMoney({ kind: 'boolean', value: false }, 'reais')).toEqual({ ok: false, reason: 'valor inválido: "FALSO"' });
    expect(parseMoney({ kind: 'number', value: Number.POSITIVE_INFINITY }, 'reais')).toEqual({ ok: false, reason: 'valor inválido: "Infinity"' });
  });
});

describe('decideMoneyUnit', () => {
  it('reads integer centavos ending in 00 as centavos, GYMPASS "000" and "-" aside', () => {
    expect(decideMoneyUnit(texts('38000', '29000', '000', '-', '45000', '150000', '6000'))).toEqual({
      unit: 'centavos',
      reason: 'valores inteiros sem separador terminados em 00 (100%, mediana 38000, ex.: 38000): lidos como centavos',
    });
  });

  it('keeps a reais column of integers in reais', () => {
    expect(decideMoneyUnit(texts('380', '290', '1570'))).toEqual({
      unit: 'reais',
      reason: 'valores inteiros sem separador com mediana 380 e 0% terminados em 00 (ex.: 380): lidos como reais',
    });
  });

  it('keeps small round reais in reais', () => {
    expect(decideMoneyUnit(texts('300', '200', '500', '800'))).toEqual({
      unit: 'reais',
      reason: 'valores inteiros sem separador com mediana 300 e 100% terminados em 00 (ex.: 300): lidos como reais',
    });
  });

  it('reads large integers as centavos even when prices end in 90', () => {
    expect(decideMoneyUnit(texts('14990', '29990', '38000'))).toEqual({
      unit: 'centavos',
      reason: 'valores inteiros sem separador com mediana 29990, alta demais para reais (ex.: 14990): lidos como centavos',
    });
  });

  it('keeps integer number cells of a sales sheet in reais', () => {
    const cells: Cell[] = [300, 355, 25, 1570, 290].map((value) => ({ kind: 'number', value }));
    expect(decideMoneyUnit(cells)).toEqual({
      unit: 'reais',
      reason: 'valores inteiros sem separador com mediana 300 e 20% terminados em 00 (ex.: 300): lidos como reais',
    });
  });

  it('reads a column of explicit amounts as reais', () => {
    expect(decideMoneyUnit([...texts('R$ 1.234,56', 'R$ 380,00'), currency(290)])).toEqual({
      unit: 'reais',
      reason: 'valores com R$, separador decimal ou de milhar (ex.: R$ 1.234,56): lidos como reais',
    });
  });

  it('decides a mixed column by its majority and says so', () => {
    expect(decideMoneyUnit(texts('38000', '29000', '45000', 'R$ 380,00'))).toEqual({
      unit: 'centavos',
      reason:
        'valores inteiros sem separador terminados em 00 (100%, mediana 38000, ex.: 38000): lidos como centavos' +
        ' (coluna mista, decidido pela maioria: 1 de 4 valores têm R$ ou separador e são lidos como reais)',
    });
    expect(decideMoneyUnit(texts('R$ 380,00', '290,00', '38000'))).toEqual({
      unit: 'reais',
      reason:
        'valores com R$, separador decimal ou de milhar (ex.: R$ 380,00): lidos como reais' +
        ' (coluna mista, decidido pela maioria: 1 de 3 valores são inteiros sem separador e também são lidos como reais)',
    });
  });

  it('needs most values ending in 00 before reading a mid-sized column as centavos', () => {
    expect(decideMoneyUnit(texts('1200', '1570', '1990', '2500', '3000'))).toEqual({
      unit: 'reais',
      reason: 'valores inteiros sem separador com mediana 1990 e 60% terminados em 00 (ex.: 1200): lidos como reais',
    });
  });

  it('falls back to reais when there is nothing to decide from', () => {
    expect(decideMoneyUnit(texts('-', '', 'abc'))).toEqual({ unit: 'reais', reason: 'coluna sem valores legíveis: lida como reais' });
    expect(decideMoneyUnit(texts('000', '0', '-'))).toEqual({ unit: 'reais', reason: 'valores inteiros todos zero: lidos como zero' });
  });
});
