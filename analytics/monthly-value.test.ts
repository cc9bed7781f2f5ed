import { describe, expect, it } from 'vitest';
import { contractFacts } from './client-facts.testing.ts';
import { monthlyValueCents } from './monthly-value.ts';

describe('monthlyValueCents', () => {
  it('reproduces the doc example: a quarterly plan of R$ 1.065,00 is worth R$ 355,00 a month', () => {
    expect(monthlyValueCents(contractFacts({ valueCents: 106_500, periodDays: 90 }))).toBe(35_500);
  });

  it('normalises every period to 30 days: value × 30 / period', () => {
    expect(monthlyValueCents(contractFacts({ valueCents: 38_000, periodDays: 30 }))).toBe(38_000);
    // 159.000 × 30 / 180 = 26.500
    expect(monthlyValueCents(contractFacts({ valueCents: 159_000, periodDays: 180 }))).toBe(26_500);
    // 292.000 × 30 / 365 = 24.000
    expect(monthlyValueCents(contractFacts({ valueCents: 292_000, periodDays: 365 }))).toBe(24_000);
  });

  it('rounds to whole centavos', () => {
    // 10.000 × 30 / 90 = 3.333,33…; 20.000 × 30 / 90 = 6.666,66…
    expect(monthlyValueCents(contractFacts({ valueCents: 10_000, periodDays: 90 }))).toBe(3_333);
    expect(monthlyValueCents(contractFacts({ valueCents: 20_000, periodDays: 90 }))).toBe(6_667);
  });

  it("uses the contract's dates when the plan's period is unknown", () => {
    // 2026-11-01 to 2027-01-29: 90 days.
    expect(monthlyValueCents(contractFacts({ valueCents: 106_500, periodDays: null, startsOn: '2026-11-01', endsOn: '2027-01-29' }))).toBe(35_500);
  });

  it("prefers the plan's period to the dates (a 31-day month is still a monthly plan)", () => {
    expect(monthlyValueCents(contractFacts({ valueCents: 31_000, periodDays: 30, startsOn: '2026-10-01', endsOn: '2026-10-31' }))).toBe(31_000);
  });

  it('counts recurring families only: calistenia, fisioterapia and outro', () => {
    expect(monthlyValueCents(contractFacts({ planFamily: 'fisioterapia', valueCents: 60_000, periodDays: 30 }))).toBe(60_000);
    expect(monthlyValueCents(contractFacts({ planFamily: 'outro', valueCents: 90_000, periodDays: 90 }))).toBe(30_000);
    for (const planFamily of ['pack', 'avulsa', 'experimental', 'gympass'] as const) {
      expect(monthlyValueCents(contractFacts({ planFamily, valueCents: 50_000, periodDays: 30 }))).toBeNull();
    }
  });

  it('is null without a contract, a value or a period', () => {
    expect(monthlyValueCents(null)).toBeNull();
    expect(monthlyValueCents(contractFacts({ valueCents: null }))).toBeNull();
    expect(monthlyValueCents(contractFacts({ periodDays: null, startsOn: null, endsOn: null }))).toBeNull();
  });

  it('keeps a zero value as zero, not as unknown', () => {
    expect(monthlyValueCents(contractFacts({ valueCents: 0, periodDays: 30 }))).toBe(0);
  });
});
