import { describe, expect, it } from 'vitest';
import { emptyCell, textCell } from '../cell.ts';
import { isBlank, isBlankText } from './blank.ts';

describe('isBlank', () => {
  it.each(['', '   ', '\u00a0', '-', ' - ', '--', '–', '—', '\t\n'])('%j is unknown', (text) => {
    expect(isBlank(textCell(text))).toBe(true);
  });

  it('treats an empty cell as unknown', () => {
    expect(isBlank(emptyCell)).toBe(true);
  });

  it.each(['0', '0,00', '000', '-10,00', 'R$ -', 'Não', 'a'])('%j is data', (text) => {
    expect(isBlank(textCell(text))).toBe(false);
  });

  it('never treats numbers, dates or booleans as unknown', () => {
    expect(isBlank({ kind: 'number', value: 0 })).toBe(false);
    expect(isBlank({ kind: 'date', date: '2026-11-24', time: null })).toBe(false);
    expect(isBlank({ kind: 'boolean', value: false })).toBe(false);
  });
});

describe('isBlankText', () => {
  it('reads text the same way as a text cell', () => {
    expect(isBlankText(' -- ')).toBe(true);
    expect(isBlankText('MATEUS')).toBe(false);
  });
});
