import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPercent } from './brazilian-format.ts';

describe('Brazilian formats', () => {
  it('writes money as R$ with dot thousands and comma decimals', () => {
    expect(formatMoney(123456)).toBe('R$ 1.234,56');
    expect(formatMoney(38000)).toBe('R$ 380,00');
    expect(formatMoney(0)).toBe('R$ 0,00');
    expect(formatMoney(-1050)).toBe('-R$ 10,50');
  });

  it('writes percentages with a comma and a space before the sign', () => {
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(formatPercent(0.4)).toBe('40 %');
    expect(formatPercent(0.33333)).toBe('33,3 %');
  });

  it('writes dates day first', () => {
    expect(formatDate('2026-11-20')).toBe('20/11/2026');
  });
});
