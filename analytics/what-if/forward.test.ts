import { describe, expect, it } from 'vitest';
import { forwardScenario } from './forward.ts';
import { handModel, smallStudio } from './test-model.testing.ts';

/*
 * The small studio by hand (revenue-model.ts): A₁ = 100, e = 0,5, r = 0,8, n = 5, π = 0,1, t = R$ 300.
 * Baseline
 *   December: ended 50, renewed 40, payers 10 + 40 + 5 = 55 → R$ 16.500,00; active 100 − 50 + 40 + 5 = 95
 *   January:  A = 95, ended 47,5, renewed 38, payers 9,5 + 38 + 5 = 52,5 → R$ 15.750,00; active 90,5 → 91
 * Renewal +10 points (r = 0,9)
 *   December: renewed 45, payers 10 + 45 + 5 = 60 → R$ 18.000,00; active 100
 *   January:  A = 100, same again → R$ 18.000,00; active 100
 * Interval with the renewal's sd 0,10 (the only one): r = 1,0 gives payers 65 → R$ 19.500, r = 0,8 gives
 *   55 → R$ 16.500; δ = R$ 1.500, half-width 1,2815516 × 150 000 = 192 233 centavos →
 *   [1 607 767, 1 992 233]; active at r = 1,0 is 105, at 0,8 is 95, δ = 5, ± 6,4 → [94, 106].
 * Renewal +10 points and ticket +R$ 10 (t = R$ 310), December, Shapley:
 *   v(∅) = 55 × 300 = 16 500, v(r) = 60 × 300 = 18 000, v(t) = 55 × 310 = 17 050, v(r, t) = 60 × 310 = 18 600
 *   φ_r = ½ (18 000 − 16 500) + ½ (18 600 − 17 050) = 750 + 775 = R$ 1.525
 *   φ_t = ½ (17 050 − 16 500) + ½ (18 600 − 18 000) = 275 + 300 = R$ 575; together R$ 2.100 = 18 600 − 16 500.
 */
describe('forwardScenario on a small studio computed by hand', () => {
  const model = handModel(smallStudio, { renewal: 0.1 });

  it('projects the baseline and a renewal change month by month', () => {
    const scenario = forwardScenario(model, { renewal: 10 }, 2);
    expect(scenario.months.map((month) => [month.month, month.baselineRevenueCents, month.revenueCents, month.baselineActiveClients, month.activeClients])).toEqual([
      ['2026-12-01', 1_650_000, 1_800_000, 95, 100],
      ['2027-01-01', 1_575_000, 1_800_000, 91, 100],
    ]);
    expect(scenario.months[0]!.contributions).toEqual([{ lever: 'renewal', revenueCents: 150_000, activeClients: 5 }]);
    expect(scenario.levers.find((lever) => lever.lever === 'renewal')).toMatchObject({ current: 80, change: 10, sd: 10 });
    expect(scenario.levers.find((lever) => lever.lever === 'renewal')!.changed).toBeCloseTo(90, 9);
  });

  it('gives an 80 % interval from the levers\' month-to-month variability', () => {
    const [december] = forwardScenario(model, { renewal: 10 }, 1).months;
    expect(december).toMatchObject({ lowerCents: 1_607_767, upperCents: 1_992_233, activeLower: 94, activeUpper: 106 });
  });

  it('splits a change among the levers by Shapley values that add up to the total', () => {
    const [december] = forwardScenario(model, { renewal: 10, ticket: 1_000 }, 1).months;
    expect(december!.revenueCents).toBe(1_860_000);
    expect(december!.contributions).toEqual([
      { lever: 'renewal', revenueCents: 152_500, activeClients: 5 },
      { lever: 'ticket', revenueCents: 57_500, activeClients: 0 },
    ]);
  });

  it('keeps a rate within 0–100 %, and refuses a horizon beyond a year', () => {
    expect(forwardScenario(model, { renewal: 50 }, 1).levers.find((lever) => lever.lever === 'renewal')!.changed).toBe(100);
    expect(() => forwardScenario(model, {}, 13)).toThrow(RangeError);
  });
});
