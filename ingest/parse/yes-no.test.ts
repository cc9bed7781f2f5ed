import { describe, expect, it } from 'vitest';
import { emptyCell, textCell } from '../cell.ts';
import { parseYesNo } from './yes-no.ts';

describe('parseYesNo', () => {
  it.each(['Sim', 'SIM', 'sim', ' S ', 's', 'Yes', 'true', 'TRUE', '1', 'Verdadeiro'])('%j -> true', (text) => {
    expect(parseYesNo(textCell(text))).toEqual({ ok: true, value: true });
  });

  it.each(['Não', 'NÃO', 'nao', 'N', 'n', 'No', 'false', '0', 'Falso'])('%j -> false', (text) => {
    expect(parseYesNo(textCell(text))).toEqual({ ok: true, value: false });
  });

  it('reads boolean and number cells', () => {
    expect(parseYesNo({ kind: 'boolean', value: true })).toEqual({ ok: true, value: true });
    expect(parseYesNo({ kind: 'boolean', value: false })).toEqual({ ok: true, value: false });
    expect(parseYesNo({ kind: 'number', value: 1 })).toEqual({ ok: true, value: true });
    expect(parseYesNo({ kind: 'number', value: 0 })).toEqual({ ok: true, value: false });
  });

  it.each([emptyCell, textCell('-'), textCell('')])('reads %j as unknown', (cell) => {
    expect(parseYesNo(cell)).toEqual({ ok: true, value: null });
  });

  it('rejects anything else, quoting it', () => {
    expect(parseYesNo(textCell('talvez'))).toEqual({ ok: false, reason: 'valor sim/não inválido: "talvez" (esperado: Sim ou Não)' });
    expect(parseYesNo({ kind: 'number', value: 2 })).toEqual({ ok: false, reason: 'valor sim/não inválido: "2" (esperado: Sim ou Não)' });
    expect(parseYesNo({ kind: 'date', date: '2026-11-24', time: null })).toEqual({ ok: false, reason: 'valor sim/não inválido: "2026-11-24" (esperado: Sim ou Não)' });
  });
});
