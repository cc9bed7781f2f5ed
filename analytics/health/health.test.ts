import { describe, expect, it } from 'vitest';
import { defaultStudioSettings } from '../../db/studio-settings.ts';
import { clientFacts, paceOf, quietSignals } from '../client-facts.testing.ts';
import { clampScore } from './component-score.ts';
import { computeHealth, healthBand } from './health.ts';

const settings = defaultStudioSettings();
const noValue = { monthlyValueCents: null, medianMonthlyValueCents: null };

/** Usage 50 (pace 0,5), payment 100 (paid 10 days ago), contract 65 (10 days left), nothing else. */
const docExampleSignals = quietSignals({ pace: paceOf(0.5, 5, 10), daysSincePayment: 10, billingCycleDays: 30, daysToExpiry: 10 });

describe('computeHealth', () => {
  it('reproduces the doc example: (35·50 + 25·100 + 20·65) / 80 = 69,4 → 69, Atenção', () => {
    const result = computeHealth(clientFacts(), docExampleSignals, noValue, settings);
    expect(result.health).toBe(69);
    expect(result.band).toBe('Atenção');
    expect(result.components.map(({ component, weight, score }) => ({ component, weight, score }))).toEqual([
      { component: 'usage', weight: 35, score: 50 },
      { component: 'payment', weight: 25, score: 100 },
      { component: 'contract', weight: 20, score: 65 },
      { component: 'engagement', weight: 10, score: null },
      { component: 'relationship', weight: 10, score: null },
    ]);
  });

  it('keeps the components without data, with their "sem dados" explanation, out of the mean', () => {
    const result = computeHealth(clientFacts(), docExampleSignals, noValue, settings);
    expect(result.components[3]!.explanation).toBe('ainda sem conversas nem NPS deste cliente');
    expect(result.components[4]!.explanation).toBe('sem dados');
  });

  it('weights every component with data: (35·80 + 25·100 + 20·100 + 10·100) / 90 = 92,2 → 92, Saudável', () => {
    const signals = quietSignals({ pace: paceOf(0.8), daysSincePayment: 10, billingCycleDays: 30, daysToExpiry: 40, tenureDays: 400 });
    const result = computeHealth(clientFacts(), signals, noValue, settings);
    expect(result.health).toBe(92);
    expect(result.band).toBe('Saudável');
  });

  it('passes the monthly value and median to the relationship component', () => {
    // Tenure 0, value twice the median: relationship 40. Contract expired 5 days ago: 25. (20·25 + 10·40) / 30 = 30.
    const signals = quietSignals({ daysToExpiry: -5, tenureDays: 0 });
    const result = computeHealth(clientFacts(), signals, { monthlyValueCents: 58_000, medianMonthlyValueCents: 29_000 }, settings);
    expect(result.components[4]!.score).toBe(40);
    expect(result.health).toBe(30);
    expect(result.band).toBe('Crítico');
  });

  it('is the component itself when only one has data', () => {
    const result = computeHealth(clientFacts(), quietSignals({ daysToExpiry: -5 }), noValue, settings);
    expect(result.health).toBe(25);
    expect(result.band).toBe('Crítico');
  });

  it('is null, without a band, when nothing is known', () => {
    const result = computeHealth(clientFacts(), quietSignals(), noValue, settings);
    expect(result.health).toBeNull();
    expect(result.band).toBeNull();
    expect(result.components).toHaveLength(5);
    expect(result.components.every((component) => component.score === null)).toBe(true);
  });

  it("uses the studio's weights, leaving out a component weighted 0", () => {
    const custom = { ...settings, healthWeights: { ...settings.healthWeights, usage: 0 } };
    // (25·100 + 20·65) / 45 = 84,4 → 84.
    const result = computeHealth(clientFacts(), docExampleSignals, noValue, custom);
    expect(result.health).toBe(84);
    expect(result.band).toBe('Saudável');
    const heavyUsage = { ...settings, healthWeights: { ...settings.healthWeights, usage: 100 } };
    // (100·50 + 25·100 + 20·65) / 145 = 60,7 → 61.
    expect(computeHealth(clientFacts(), docExampleSignals, noValue, heavyUsage).health).toBe(61);
  });

  it('is null when the only components with data weigh 0', () => {
    const custom = { ...settings, healthWeights: { usage: 0, payment: 0, contract: 0, engagement: 10, relationship: 10 } };
    expect(computeHealth(clientFacts(), docExampleSignals, noValue, custom).health).toBeNull();
  });

  it("uses the studio's bands", () => {
    const custom = { ...settings, healthBands: { healthy: 60, attention: 30 } };
    expect(computeHealth(clientFacts(), docExampleSignals, noValue, custom).band).toBe('Saudável');
  });
});

describe('healthBand', () => {
  it('is Saudável from 70, Atenção from 40, Crítico below', () => {
    expect([100, 70, 69, 40, 39, 0].map((health) => healthBand(health, settings.healthBands))).toEqual(['Saudável', 'Saudável', 'Atenção', 'Atenção', 'Crítico', 'Crítico']);
  });

  it("moves with the studio's bands", () => {
    const bands = { healthy: 80, attention: 50 };
    expect([80, 75, 50, 45].map((health) => healthBand(health, bands))).toEqual(['Saudável', 'Atenção', 'Atenção', 'Crítico']);
  });
});

describe('clampScore', () => {
  it('rounds and keeps a score within 0–100', () => {
    expect([-10, 0, 49.5, 49.4, 100, 130].map(clampScore)).toEqual([0, 0, 50, 49, 100, 100]);
  });
});
