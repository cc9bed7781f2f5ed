import { describe, expect, it } from 'vitest';
import { easterSunday, isCarnival, isHoliday, isStudioOpen, resumeAfterBreak, signUpWeight } from './seasonality.ts';

describe('the São Paulo calendar', () => {
  it('finds Easter, and Carnival seven weeks before it', () => {
    expect([2024, 2025, 2026, 2027].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28']);
    expect(isCarnival('2026-02-17')).toBe(true);
    expect(isCarnival('2026-02-13')).toBe(false);
    expect(isCarnival('2025-03-04')).toBe(true);
  });

  it('closes on Sundays and on national and city holidays', () => {
    expect(isStudioOpen('2026-11-23')).toBe(true);
    expect(isStudioOpen('2026-11-22')).toBe(false);
    expect(['2026-11-20', '2026-01-25', '2026-07-09', '2026-04-03', '2026-06-04'].map(isHoliday)).toEqual([true, true, true, true, true]);
  });

  it('weights January sign-ups above December and Carnival', () => {
    expect(signUpWeight('2026-01-12')).toBeGreaterThan(2 * signUpWeight('2025-12-08'));
    expect(signUpWeight('2026-02-16')).toBeLessThan(signUpWeight('2026-02-23'));
  });

  it('moves renewals due in the holidays to when classes resume', () => {
    expect(resumeAfterBreak('2025-12-20')).toBe('2026-01-05');
    expect(resumeAfterBreak('2026-07-10')).toBe('2026-08-01');
    expect(resumeAfterBreak('2026-05-10')).toBeNull();
  });
});
