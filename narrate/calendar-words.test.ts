import { describe, expect, it } from 'vitest';
import { monthName, weekdayName } from './calendar-words.ts';
import { greeting } from './greeting.ts';

describe('calendar words', () => {
  it('names weekdays and months in pt-BR', () => {
    expect(weekdayName('2026-11-23')).toBe('segunda-feira');
    expect(weekdayName('2026-11-29')).toBe('domingo');
    expect(monthName('2026-10')).toBe('outubro');
    expect(monthName('2026-03-31')).toBe('março');
  });

  it('greets by the hour', () => {
    expect([4, 5, 11, 12, 17, 18, 23].map(greeting)).toEqual(['Boa noite', 'Bom dia', 'Bom dia', 'Boa tarde', 'Boa tarde', 'Boa noite', 'Boa noite']);
  });
});
