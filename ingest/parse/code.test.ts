import { describe, expect, it } from 'vitest';
import { emptyCell, textCell } from '../cell.ts';
import { parseCode } from './code.ts';

describe('parseCode', () => {
  it.each([
    ['1002', '1002'],
    [' 1002 ', '1002'],
    ['1002.0', '1002'],
    ['1002,00', '1002'],
    ['1.002', '1002'],
    ['01002', '1002'],
    ['0', '0'],
  ])('%j -> %s', (text, expected) => {
    expect(parseCode(textCell(text))).toEqual({ ok: true, value: expected });
  });

  it('reads number cells', () => {
    expect(parseCode({ kind: 'number', value: 1002 })).toEqual({ ok: true, value: '1002' });
    expect(parseCode({ kind: 'number', value: 1002, format: '0.0' })).toEqual({ ok: true, value: '1002' });
  });

  it.each([
    ['ABC', 'código inválido: "ABC"'],
    ['A1002', 'código inválido: "A1002"'],
    ['1002A', 'código inválido: "1002A"'],
    ['1002.5', 'código inválido: "1002.5"'],
    ['1,002', 'código inválido: "1,002"'],
    ['-1002', 'código inválido: "-1002"'],
    ['(1002)', 'código inválido: "(1002)"'],
    ['10 02', 'código inválido: "10 02"'],
  ])('rejects %j', (text, reason) => {
    expect(parseCode(textCell(text))).toEqual({ ok: false, reason });
  });

  it('rejects fractional, negative and non-number cells', () => {
    expect(parseCode({ kind: 'number', value: 1002.5 })).toEqual({ ok: false, reason: 'código inválido: "1002.5"' });
    expect(parseCode({ kind: 'number', value: -3 })).toEqual({ ok: false, reason: 'código inválido: "-3"' });
    expect(parseCode({ kind: 'boolean', value: true })).toEqual({ ok: false, reason: 'código inválido: "VERDADEIRO"' });
    expect(parseCode({ kind: 'date', date: '2026-11-24', time: null })).toEqual({ ok: false, reason: 'código inválido: "2026-11-24"' });
  });

  it.each([emptyCell, textCell('-'), textCell('  ')])('reads %j as unknown', (cell) => {
    expect(parseCode(cell)).toEqual({ ok: true, value: null });
  });
});
