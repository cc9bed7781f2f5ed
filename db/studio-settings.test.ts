import { describe, expect, it } from 'vitest';
import { defaultStudioSettings, studioSettingsSchema } from './studio-settings.ts';

describe('studio settings', () => {
  it('default to DOMAIN.md values and to no invented prices', () => {
    const settings = defaultStudioSettings();
    expect(settings.healthBands).toEqual({ healthy: 70, attention: 40 });
    expect(settings.risk.categories).toEqual({ medium: 25, high: 50, critical: 75 });
    expect(settings.risk.rules.blockedBase + 3 * settings.risk.rules.blockedPerDay).toBe(49);
    expect(settings.sendRate).toEqual({ secondsBetweenMessages: 3, jitterSeconds: 2, dailyMaximum: 200 });
    expect(settings.playbookOffers.blocked15PlusDaysDiscountPercent).toBe(20);
    expect(settings.playbooks).toEqual({});
    expect(settings.facts.plans).toEqual([]);
  });

  it('fill what a partial document leaves out and keep what it says', () => {
    const settings = studioSettingsSchema.parse({ healthWeights: { usage: 50 }, quietHours: { start: '22:00' } });
    expect(settings.healthWeights).toEqual({ usage: 50, payment: 25, contract: 20, engagement: 10, relationship: 10 });
    expect(settings.quietHours).toEqual({ start: '22:00', end: '08:00', sundays: true });
  });

  it.each([
    [{ quietHours: { start: '25:00' } }],
    [{ healthWeights: { usage: 0, payment: 0, contract: 0, engagement: 0, relationship: 0 } }],
    [{ risk: { categories: { medium: 60, high: 50 } } }],
    [{ healthBands: { healthy: 30, attention: 40 } }],
    [{ facts: { plans: [{ name: 'Mensal', priceCents: 289.9 }] } }],
  ])('reject %o', (settings) => {
    expect(studioSettingsSchema.safeParse(settings).success).toBe(false);
  });
});
