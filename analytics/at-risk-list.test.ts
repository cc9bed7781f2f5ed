import { describe, expect, it } from 'vitest';
import { defaultStudioSettings, type StudioSettings } from '../db/studio-settings.ts';
import { addDays } from '../domain/calendar-date.ts';
import { atRiskList, priority } from './at-risk-list.ts';
import { clientScore, testAsOf } from './client-facts.testing.ts';
import type { ClientScore } from './score-clients.ts';

const asOf = testAsOf;
const settings = defaultStudioSettings().risk;
const codes = (scores: ClientScore[]) => scores.map((score) => score.code);

function withRisk(overrides: Partial<StudioSettings['risk']>): StudioSettings['risk'] {
  return { ...defaultStudioSettings().risk, ...overrides };
}

describe('priority', () => {
  it('reproduces the doc example: risk 60, R$ 380/month, median R$ 290 → 60 × (1 + 1,31) = 138,6', () => {
    // 60 × (1 + 380 / 290) = 60 × 670 / 290 = 138,62…
    expect(priority({ risk: 60, monthlyValueCents: 38_000 }, 29_000)).toBeCloseTo(138.62, 2);
  });

  it('is the risk itself when the value or the median is unknown or zero', () => {
    expect(priority({ risk: 60, monthlyValueCents: null }, 29_000)).toBe(60);
    expect(priority({ risk: 60, monthlyValueCents: 38_000 }, null)).toBe(60);
    expect(priority({ risk: 60, monthlyValueCents: 38_000 }, 0)).toBe(60);
  });

  it('doubles the risk at the median value', () => {
    expect(priority({ risk: 55, monthlyValueCents: 29_000 }, 29_000)).toBe(110);
  });
});

describe('atRiskList', () => {
  it('lists clients of the active base from the threshold (50 by default) up', () => {
    const scores = [
      clientScore({ code: '1', risk: 49 }),
      clientScore({ code: '2', risk: 50 }),
      clientScore({ code: '3', risk: 80 }),
      clientScore({ code: '4', risk: 90, inBase: false, status: 'Sem Contrato' }),
    ];
    expect(codes(atRiskList(scores, settings, asOf).items)).toEqual(['3', '2']);
  });

  it("uses the studio's threshold", () => {
    const scores = [clientScore({ code: '1', risk: 39 }), clientScore({ code: '2', risk: 40 }), clientScore({ code: '3', risk: 49 })];
    expect(codes(atRiskList(scores, withRisk({ listThreshold: 40 }), asOf).items)).toEqual(['3', '2']);
  });

  it('orders by risk × (1 + monthly value / median monthly value of active clients)', () => {
    // Active values 10.000, 29.000, 38.000, 80.000 → median 33.500.
    // A: 60 × (1 + 38.000/33.500) = 128,1; B: 70 × (1 + 10.000/33.500) = 90,9; C: 55 × (1 + 80.000/33.500) = 186,3.
    const scores = [
      clientScore({ code: 'A', risk: 60, monthlyValueCents: 38_000 }),
      clientScore({ code: 'B', risk: 70, monthlyValueCents: 10_000 }),
      clientScore({ code: 'C', risk: 55, monthlyValueCents: 80_000 }),
      clientScore({ code: 'D', risk: 0, monthlyValueCents: 29_000 }),
    ];
    expect(codes(atRiskList(scores, settings, asOf).items)).toEqual(['C', 'A', 'B']);
  });

  it('takes the median from active clients only', () => {
    // Active values 10.000 and 50.000 → median 30.000: A1 80 × 4/3 = 106,7 < A2 50 × 8/3 = 133,3.
    // Were the two lapsed clients' 1.000.000 counted, the median would be 525.000 and A1 would lead.
    const scores = [
      clientScore({ code: 'A1', risk: 80, monthlyValueCents: 10_000 }),
      clientScore({ code: 'A2', risk: 50, monthlyValueCents: 50_000 }),
      clientScore({ code: 'Z1', risk: 0, inBase: false, status: 'Sem Contrato', monthlyValueCents: 1_000_000 }),
      clientScore({ code: 'Z2', risk: 0, inBase: false, status: 'Bloqueado', monthlyValueCents: 1_000_000 }),
    ];
    expect(codes(atRiskList(scores, settings, asOf).items)).toEqual(['A2', 'A1']);
  });

  it('orders by risk alone when no value is known', () => {
    const scores = [clientScore({ code: '1', risk: 55 }), clientScore({ code: '2', risk: 95 }), clientScore({ code: '3', risk: 70 })];
    expect(codes(atRiskList(scores, settings, asOf).items)).toEqual(['2', '3', '1']);
  });

  it('breaks ties by code', () => {
    const scores = ['1003', '1001', '1002'].map((code) => clientScore({ code, risk: 60, monthlyValueCents: 29_000 }));
    expect(codes(atRiskList(scores, settings, asOf).items)).toEqual(['1001', '1002', '1003']);
  });

  it('lists clients contacted within the follow-up days (3 by default) apart, "em acompanhamento"', () => {
    const scores = [
      clientScore({ code: 'today', risk: 60, lastContactedOn: asOf }),
      clientScore({ code: 'three', risk: 70, lastContactedOn: addDays(asOf, -3) }),
      clientScore({ code: 'four', risk: 80, lastContactedOn: addDays(asOf, -4) }),
      clientScore({ code: 'never', risk: 65, lastContactedOn: null }),
    ];
    const list = atRiskList(scores, settings, asOf);
    expect(codes(list.items)).toEqual(['four', 'never']);
    expect(codes(list.followingUp)).toEqual(['three', 'today']);
  });

  it("uses the studio's follow-up days", () => {
    const scores = [clientScore({ code: 'today', risk: 60, lastContactedOn: asOf }), clientScore({ code: 'yesterday', risk: 60, lastContactedOn: addDays(asOf, -1) })];
    const list = atRiskList(scores, withRisk({ followUpDays: 0 }), asOf);
    expect(codes(list.items)).toEqual(['yesterday']);
    expect(codes(list.followingUp)).toEqual(['today']);
  });

  it('keeps contacted clients below the threshold out of both lists', () => {
    const list = atRiskList([clientScore({ code: '1', risk: 30, lastContactedOn: asOf })], settings, asOf);
    expect(list).toEqual({ items: [], followingUp: [] });
  });

  it('limits the main list to the first clients, not the follow-ups', () => {
    const scores = [
      ...[90, 80, 70, 60].map((risk, index) => clientScore({ code: `open-${index}`, risk })),
      ...[95, 85].map((risk, index) => clientScore({ code: `contacted-${index}`, risk, lastContactedOn: asOf })),
    ];
    const limited = atRiskList(scores, settings, asOf, 2);
    expect(codes(limited.items)).toEqual(['open-0', 'open-1']);
    expect(codes(limited.followingUp)).toEqual(['contacted-0', 'contacted-1']);
    expect(atRiskList(scores, settings, asOf).items).toHaveLength(4);
    expect(atRiskList(scores, settings, asOf, 0).items).toEqual([]);
  });
});
