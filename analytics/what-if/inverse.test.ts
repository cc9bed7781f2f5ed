import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../domain/calendar-date.ts';
import { forwardScenario } from './forward.ts';
import { defaultCostWeights, defaultLeverBounds, inverseScenario, leverGridStep, targetTolerance } from './inverse.ts';
import { leverIds, type LeverChanges } from './levers.ts';
import { projectMonths, withChanges } from './revenue-model.ts';
import { handModel, smallStudio } from './test-model.testing.ts';

/** A seeded stream of studios and targets: the same cases on every run. */
function cases(seed: number, count: number) {
  const generator = mersenne(seed);
  const between = (low: number, high: number) => low + (high - low) * uniformFloat64(generator);
  return Array.from({ length: count }, () => {
    const model = handModel({
      renewal: between(0.4, 0.95), ticket: Math.round(between(15_000, 60_000)), newClients: between(0, 15), trialConversion: between(0, 0.6),
      gympassConversion: between(0, 0.3), upsell: between(0, 0.3), packsAndDropIns: between(0, 20),
      endingShare: between(0.2, 0.7), otherPayingShare: between(0, 0.3), trialsPerMonth: between(0, 10), gympassStartsPerMonth: between(0, 5),
      upgradeUpliftCents: between(0, 10_000), packAverageCents: between(5_000, 40_000), otherRevenueCents: between(0, 200_000),
    }, {}, Math.round(between(20, 400)));
    const monthsAhead = 1 + Math.floor(between(0, 3));
    const baseline = forwardScenario(model, {}, monthsAhead).months[monthsAhead - 1]!.revenueCents;
    return { model, month: addMonths(model.firstMonth, monthsAhead - 1), monthsAhead, targetCents: Math.round(baseline * between(0.7, 1.6)) };
  });
}

const costOf = (changes: LeverChanges) => leverIds.reduce((sum, lever) => sum + (defaultLeverBounds[lever] ? (defaultCostWeights[lever] * (changes[lever] ?? 0)) / defaultLeverBounds[lever] : 0), 0);

describe('inverseScenario', () => {
  it('lands within 5 % of the target whenever feasible, and never leaves a bound or the grid (400 seeded targets)', () => {
    const statuses = new Set<string>();
    for (const { model, month, monthsAhead, targetCents } of cases(9, 400)) {
      const answer = inverseScenario(model, { targetCents, month });
      statuses.add(answer.status);
      for (const lever of leverIds) {
        const change = answer.changes[lever] ?? 0;
        expect(change).toBeGreaterThanOrEqual(0);
        expect(change).toBeLessThanOrEqual(defaultLeverBounds[lever]);
        expect(change % leverGridStep[lever]).toBe(0);
      }
      const revenue = forwardScenario(model, answer.changes, monthsAhead).months[monthsAhead - 1]!.revenueCents;
      expect(revenue).toBe(answer.revenueCents);
      if (answer.status === 'feasible') expect(Math.abs(revenue - targetCents)).toBeLessThanOrEqual(targetTolerance * targetCents);
      if (answer.status === 'already-reached') expect(answer.baselineRevenueCents).toBeGreaterThan((1 + targetTolerance) * targetCents);
      if (answer.status === 'infeasible') expect(answer.blocking.length).toBeGreaterThan(0);
    }
    expect([...statuses].sort()).toEqual(['already-reached', 'feasible', 'infeasible']);
  });

  it('finds the cheapest combination: no point of the whole grid is cheaper and within 5 % (brute force on 25 targets)', () => {
    const grid: LeverChanges[] = [{}];
    for (const lever of leverIds.filter((candidate) => defaultLeverBounds[candidate] > 0)) {
      const values = Array.from({ length: defaultLeverBounds[lever] / leverGridStep[lever] + 1 }, (_, i) => i * leverGridStep[lever]);
      grid.splice(0, grid.length, ...grid.flatMap((changes) => values.map((value) => ({ ...changes, ...(value ? { [lever]: value } : {}) }))));
    }
    for (const { model, month, monthsAhead, targetCents } of cases(21, 25)) {
      const answer = inverseScenario(model, { targetCents, month });
      if (answer.status === 'already-reached') continue;
      const reaching = grid.filter((changes) => {
        const revenue = Math.round(projectMonths(model, withChanges(model, changes), monthsAhead)[monthsAhead - 1]!.revenue);
        return Math.abs(revenue - targetCents) <= targetTolerance * targetCents;
      });
      if (answer.status === 'infeasible') expect(reaching).toEqual([]);
      else expect(Math.min(...reaching.map(costOf))).toBeCloseTo(answer.cost, 9);
    }
  });

  it('says what blocks an unreachable target: how far each lever alone would need to go', () => {
    const model = handModel(smallStudio);
    const answer = inverseScenario(model, { targetCents: 3_000_000, month: '2026-12-01' });
    expect(answer.status).toBe('infeasible');
    expect(answer.changes).toEqual({ renewal: 5, ticket: 2_000, newClients: 10, upsell: 5 });
    // At the bounds: renewed 42,5, payers 10 + 42,5 + 15 = 67,5 at R$ 320 = R$ 21.600. Ticket alone: 95 % of R$ 30.000 / 67,5 = R$ 422,222… → +R$ 122,23 (rounded up to the centavo).
    expect(answer.revenueCents).toBe(2_160_000);
    expect(answer.blocking.find((block) => block.lever === 'ticket')).toEqual({ lever: 'ticket', bound: 2_000, neededChange: 12_223 });
  });
});
