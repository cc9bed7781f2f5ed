import { describe, expect, it } from 'vitest';
import { findReportPeriod } from './report-dates.ts';

describe('findReportPeriod', () => {
  it('reads an as-of date', () => {
    expect(findReportPeriod(['Tecnofit', 'Vencimento de contratos', 'Saldo de aulas em 24/11/2026'])).toEqual({ start: null, end: '2026-11-24' });
  });

  it.each([
    ['Período: 26/10/2026 a 24/11/2026'],
    ['De 26/10/2026 até 24/11/2026'],
    ['de 26/10/2026 ate 24/11/2026'],
    ['Período 26/10/2026 - 24/11/2026'],
    ['Período: 2026-10-26 a 2026-11-24'],
  ])('reads the period in %j', (line) => {
    expect(findReportPeriod(['Tecnofit', 'Relatório de frequência', line])).toEqual({ start: '2026-10-26', end: '2026-11-24' });
  });

  it('prefers a period to a lone date on an earlier line', () => {
    expect(findReportPeriod(['Emitido em 25/11/2026', 'Período: 26/10/2026 a 24/11/2026'])).toEqual({ start: '2026-10-26', end: '2026-11-24' });
  });

  it('skips an impossible date and a backwards range', () => {
    expect(findReportPeriod(['Período: 24/11/2026 a 26/10/2026', 'Saldo de aulas em 31/02/2026', 'Saldo de aulas em 23/11/2026'])).toEqual({
      start: null,
      end: '2026-11-23',
    });
  });

  it('returns null when no line holds a date', () => {
    expect(findReportPeriod(['Tecnofit', 'Vendas totais'])).toBeNull();
    expect(findReportPeriod([])).toBeNull();
  });
});
