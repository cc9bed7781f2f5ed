import { describe, expect, it } from 'vitest';
import { emptyCell, textCell, type Cell } from '../cell.ts';
import { parseDate, parseDateTime } from './date.ts';

const serial = (value: number): Cell => ({ kind: 'number', value });

describe('parseDateTime', () => {
  it.each([
    ['24/11/2026', '2026-11-24', null],
    ['4/1/2026', '2026-01-04', null],
    ['04/01/26', '2026-01-04', null],
    ['15/03/85', '1985-03-15', null],
    ['01/01/69', '2069-01-01', null],
    ['01/01/70', '1970-01-01', null],
    ['24/11/2026 17:23', '2026-11-24', '17:23:00'],
    ['24/11/2026 7:05', '2026-11-24', '07:05:00'],
    ['24/11/2023 18:12:41', '2023-11-24', '18:12:41'],
    ['24/11/2026 às 17:23', '2026-11-24', '17:23:00'],
    ['24/11/2026, 17:23', '2026-11-24', '17:23:00'],
    ['Aceito em 24/11/2026 17:23', '2026-11-24', '17:23:00'],
    ['Aceito em: 01/08/2026 08:49', '2026-08-01', '08:49:00'],
    ['Bloqueado desde 02/11/2026', '2026-11-02', null],
    ['  24/11/2026  ', '2026-11-24', null],
    ['24.11.2026', '2026-11-24', null],
    ['24-11-2026', '2026-11-24', null],
    ['2026-11-24', '2026-11-24', null],
    ['2026-11-24 17:23', '2026-11-24', '17:23:00'],
    ['2026-11-24T17:23:05', '2026-11-24', '17:23:05'],
    ['2026-11-24T17:23:05.250', '2026-11-24', '17:23:05'],
    ['29/02/2024', '2024-02-29', null],
  ])('%j -> %s %s', (text, date, time) => {
    expect(parseDateTime(textCell(text))).toEqual({ ok: true, value: { date, time } });
  });

  it.each([
    ['31/02/2026', 'data inválida: "31/02/2026"'],
    ['29/02/2026', 'data inválida: "29/02/2026"'],
    ['00/11/2026', 'data inválida: "00/11/2026"'],
    ['24/13/2026', 'data inválida: "24/13/2026"'],
    ['2026-02-30', 'data inválida: "2026-02-30"'],
    ['24/11/2026 25:00', 'hora inválida: "24/11/2026 25:00"'],
    ['24/11/2026 17:60', 'hora inválida: "24/11/2026 17:60"'],
    ['24/11/0026', 'data inválida: "24/11/0026" (ano fora de 1900–2100)'],
    ['24/11/3026', 'data inválida: "24/11/3026" (ano fora de 1900–2100)'],
    ['24/11', 'data inválida: "24/11"'],
    ['24/11/202', 'data inválida: "24/11/202"'],
    ['24/11-2026', 'data inválida: "24/11-2026"'],
    ['ontem', 'data inválida: "ontem"'],
    ['46325', 'data inválida: "46325"'],
    ['24/11/2026 17:23 UTC', 'data inválida: "24/11/2026 17:23 UTC"'],
    ['2026-11-24T17:23:00Z', 'data inválida: "2026-11-24T17:23:00Z"'],
  ])('rejects %j', (text, reason) => {
    expect(parseDateTime(textCell(text))).toEqual({ ok: false, reason });
  });

  it('takes date cells as they are', () => {
    expect(parseDateTime({ kind: 'date', date: '2026-11-24', time: '17:23:00' })).toEqual({ ok: true, value: { date: '2026-11-24', time: '17:23:00' } });
    expect(parseDateTime({ kind: 'date', date: '2026-10-30', time: null })).toEqual({ ok: true, value: { date: '2026-10-30', time: null } });
  });

  it('rejects an impossible date cell', () => {
    expect(parseDateTime({ kind: 'date', date: '2026-02-30', time: null })).toEqual({ ok: false, reason: 'data inválida: "2026-02-30"' });
  });

  it.each([
    [45000, '2023-03-15', null],
    [46325, '2026-10-30', null],
    [45000.75, '2023-03-15', '18:00:00'],
    [45000.5 + 1 / 86_400, '2023-03-15', '12:00:01'],
    [45000.9999999, '2023-03-16', null],
    [1, '1900-01-01', null],
    [59, '1900-02-28', null],
    [61, '1900-03-01', null],
    [73415, '2100-12-31', null],
  ])('reads Excel serial %d as %s %s', (value, date, time) => {
    expect(parseDateTime(serial(value))).toEqual({ ok: true, value: { date, time } });
  });

  it.each([0, 0.5, -3, 60, 60.5, 73416, Number.NaN])('rejects Excel serial %d', (value) => {
    expect(parseDateTime(serial(value))).toEqual({ ok: false, reason: `data inválida: "${value}" (número de série do Excel fora do intervalo)` });
  });

  it.each([emptyCell, textCell('-'), textCell(' ')])('reads %j as unknown', (cell) => {
    expect(parseDateTime(cell)).toEqual({ ok: true, value: null });
  });

  it('rejects booleans', () => {
    expect(parseDateTime({ kind: 'boolean', value: true })).toEqual({ ok: false, reason: 'data inválida: "VERDADEIRO"' });
  });
});

describe('parseDate', () => {
  it('drops the time of day', () => {
    expect(parseDate(textCell('Aceito em 24/11/2026 17:23'))).toEqual({ ok: true, value: '2026-11-24' });
    expect(parseDate(serial(45000.75))).toEqual({ ok: true, value: '2023-03-15' });
  });

  it('reads a plain date', () => {
    expect(parseDate(textCell('24/07/2023'))).toEqual({ ok: true, value: '2023-07-24' });
  });

  it('keeps unknown and invalid as they are', () => {
    expect(parseDate(textCell('-'))).toEqual({ ok: true, value: null });
    expect(parseDate(textCell('31/02/2026'))).toEqual({ ok: false, reason: 'data inválida: "31/02/2026"' });
  });
});
