import { describe, expect, it } from 'vitest';
import { emptyCell, textCell } from '../cell.ts';
import { parseDecimal, parseInteger, readNumberText } from './decimal.ts';

describe('readNumberText', () => {
  it.each([
    ['38000', { negative: false, integer: '38000', fraction: null, grouped: false }],
    ['1.234', { negative: false, integer: '1234', fraction: null, grouped: true }],
    ['1.234.567,89', { negative: false, integer: '1234567', fraction: '89', grouped: true }],
    ['1234,5', { negative: false, integer: '1234', fraction: '5', grouped: false }],
    ['1,234.56', { negative: false, integer: '1234', fraction: '56', grouped: true }],
    ['1234.56', { negative: false, integer: '1234', fraction: '56', grouped: false }],
    ['0.500', { negative: false, integer: '0', fraction: '500', grouped: false }],
    ['1002.0', { negative: false, integer: '1002', fraction: '0', grouped: false }],
    ['1,234', { negative: false, integer: '1', fraction: '234', grouped: false }],
    ['-10,00', { negative: true, integer: '10', fraction: '00', grouped: false }],
    ['- 10,00', { negative: true, integer: '10', fraction: '00', grouped: false }],
    ['(1.234,50)', { negative: true, integer: '1234', fraction: '50', grouped: true }],
    [' 7 ', { negative: false, integer: '7', fraction: null, grouped: false }],
  ])('%j', (input, expected) => {
    expect(readNumberText(input)).toEqual(expected);
  });

  it.each(['', 'abc', '1,2,3', '1.23.456', '12.34,5', '1,234.5.6', '--5', '(-5)', '10-', '.5', '5.', '1 234', '12%'])('rejects %j', (input) => {
    expect(readNumberText(input)).toBeNull();
  });
});

describe('parseDecimal', () => {
  it.each([
    ['0,0', 0],
    ['9,9', 9.9],
    ['24,9', 24.9],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1234.5', 1234.5],
    ['-2,5', -2.5],
    ['-0,0', 0],
    ['13', 13],
  ])('%j -> %d', (input, expected) => {
    expect(parseDecimal(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('keeps number cells as they are', () => {
    expect(parseDecimal({ kind: 'number', value: 2.75 })).toEqual({ ok: true, value: 2.75 });
  });

  it.each([emptyCell, textCell('-'), textCell('  ')])('reads %j as unknown, never zero', (cell) => {
    expect(parseDecimal(cell)).toEqual({ ok: true, value: null });
  });

  it('rejects text that is not a number, quoting it', () => {
    expect(parseDecimal(textCell('dois'))).toEqual({ ok: false, reason: 'número inválido: "dois"' });
  });

  it('rejects dates and booleans', () => {
    expect(parseDecimal({ kind: 'boolean', value: true })).toEqual({ ok: false, reason: 'número inválido: "VERDADEIRO"' });
    expect(parseDecimal({ kind: 'date', date: '2026-11-24', time: null })).toEqual({ ok: false, reason: 'número inválido: "2026-11-24"' });
  });

  it('rejects a number cell that is not finite', () => {
    expect(parseDecimal({ kind: 'number', value: Number.NaN })).toEqual({ ok: false, reason: 'número inválido: "NaN"' });
  });
});

describe('parseInteger', () => {
  it.each([
    [textCell('13'), 13],
    [{ kind: 'number', value: 13 } as const, 13],
    [textCell('13,0'), 13],
    [{ kind: 'number', value: 13.0 } as const, 13],
    [textCell('0'), 0],
  ])('%j -> %d', (cell, expected) => {
    expect(parseInteger(cell)).toEqual({ ok: true, value: expected });
  });

  it('rejects a fractional value, quoting it', () => {
    expect(parseInteger(textCell('13,5'))).toEqual({ ok: false, reason: 'número inteiro inválido: "13,5"' });
    expect(parseInteger({ kind: 'number', value: 13.5 })).toEqual({ ok: false, reason: 'número inteiro inválido: "13.5"' });
  });

  it('reads "-" as unknown', () => {
    expect(parseInteger(textCell('-'))).toEqual({ ok: true, value: null });
  });

  it('passes the decimal reason through', () => {
    expect(parseInteger(textCell('x'))).toEqual({ ok: false, reason: 'número inválido: "x"' });
  });
});
