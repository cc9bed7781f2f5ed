import { describe, expect, it } from 'vitest';
import { defaultStudioSettings, type StudioSettings } from '../db/studio-settings.ts';
import { paceOf, quietSignals } from './client-facts.testing.ts';
import type { ClientSignals } from './client-signals.ts';
import { computeRisk, riskCategory } from './risk.ts';

const defaults = defaultStudioSettings().risk;

function risk(overrides: Partial<ClientSignals>, settings: StudioSettings['risk'] = defaults) {
  return computeRisk(quietSignals(overrides), settings);
}

/** The points of one rule, or undefined when it did not fire. */
function pointsOf(overrides: Partial<ClientSignals>, rule: string, settings: StudioSettings['risk'] = defaults) {
  return risk(overrides, settings).points.find((point) => point.rule === rule)?.points;
}

function withRules(rules: Partial<StudioSettings['risk']['rules']>, rest: Partial<StudioSettings['risk']> = {}): StudioSettings['risk'] {
  const settings = defaultStudioSettings().risk;
  return { ...settings, ...rest, rules: { ...settings.rules, ...rules } };
}

describe('computeRisk: nothing known', () => {
  it('is 0, Baixo, without reasons', () => {
    expect(risk({})).toEqual({ risk: 0, category: 'Baixo', points: [] });
  });
});

describe('computeRisk: blocked', () => {
  it('scores 40 + 3 per day blocked, at most 60', () => {
    expect(pointsOf({ blocked: true, blockedDays: 0 }, 'blocked')).toBe(40);
    expect(pointsOf({ blocked: true, blockedDays: 5 }, 'blocked')).toBe(55);
    expect(pointsOf({ blocked: true, blockedDays: 6 }, 'blocked')).toBe(58);
    expect(pointsOf({ blocked: true, blockedDays: 7 }, 'blocked')).toBe(60); // 61 capped
    expect(pointsOf({ blocked: true, blockedDays: 30 }, 'blocked')).toBe(60);
  });

  it('says for how long, with the right plural', () => {
    expect(risk({ blocked: true, blockedDays: 1 }).points[0]!.reason).toBe('bloqueado há 1 dia');
    expect(risk({ blocked: true, blockedDays: 5 }).points[0]!.reason).toBe('bloqueado há 5 dias');
  });

  it('scores the base 40 for a block without a date, and says the report does not date it', () => {
    expect(risk({ blocked: true, blockedDays: null })).toEqual({
      risk: 40,
      category: 'Médio',
      points: [{ rule: 'blocked', points: 40, reason: 'bloqueado (o relatório não diz desde quando)' }],
    });
  });

  it('reproduces the doc example: blocked 5 days with an overdue payment → 40 + 15 + 10 = 65, Alto', () => {
    const result = risk({ blocked: true, blockedDays: 5, overdueCents: 15_000 });
    expect(result.risk).toBe(65);
    expect(result.category).toBe('Alto');
    expect(result.points).toEqual([
      { rule: 'blocked', points: 55, reason: 'bloqueado há 5 dias' },
      { rule: 'blocked-overdue', points: 10, reason: 'pagamento em atraso de R$ 150,00' },
    ]);
  });

  it('adds nothing for a zero overdue amount, nor for an overdue amount without a block', () => {
    expect(pointsOf({ blocked: true, blockedDays: 5, overdueCents: 0 }, 'blocked-overdue')).toBeUndefined();
    expect(risk({ blocked: false, overdueCents: 15_000 }).risk).toBe(0);
  });
});

describe('computeRisk: contract expiry', () => {
  it('scores an expiry without renewal N days ago 35 + N, at most 50', () => {
    expect(pointsOf({ daysToExpiry: -1 }, 'expired')).toBe(36);
    expect(pointsOf({ daysToExpiry: -10 }, 'expired')).toBe(45);
    expect(pointsOf({ daysToExpiry: -15 }, 'expired')).toBe(50);
    expect(pointsOf({ daysToExpiry: -20 }, 'expired')).toBe(50);
    expect(risk({ daysToExpiry: -10 }).points[0]!.reason).toBe('contrato vencido há 10 dias, sem renovação');
    expect(risk({ daysToExpiry: -1 }).points[0]!.reason).toBe('contrato vencido há 1 dia, sem renovação');
  });

  it('scores an expiry within 7 days (today included) 20', () => {
    expect(pointsOf({ daysToExpiry: 0 }, 'expiring-7')).toBe(20);
    expect(pointsOf({ daysToExpiry: 7 }, 'expiring-7')).toBe(20);
    expect(risk({ daysToExpiry: 0 }).points[0]!.reason).toBe('contrato vence hoje, sem renovação');
    expect(risk({ daysToExpiry: 1 }).points[0]!.reason).toBe('contrato vence em 1 dia, sem renovação');
    expect(risk({ daysToExpiry: 7 }).points[0]!.reason).toBe('contrato vence em 7 dias, sem renovação');
  });

  it('scores an expiry in 8 to 15 days 10, and nothing from 16 days', () => {
    expect(risk({ daysToExpiry: 8 }).points).toEqual([{ rule: 'expiring-15', points: 10, reason: 'contrato vence em 8 dias, sem renovação' }]);
    expect(pointsOf({ daysToExpiry: 15 }, 'expiring-15')).toBe(10);
    expect(risk({ daysToExpiry: 16 }).risk).toBe(0);
  });

  it('scores nothing for a registered renewal, expired or expiring', () => {
    expect(risk({ daysToExpiry: -10, renewed: true }).risk).toBe(0);
    expect(risk({ daysToExpiry: 3, renewed: true }).risk).toBe(0);
  });
});

describe('computeRisk: usage pace', () => {
  it('scores a pace below 30 % 25 and below 50 % 15, at the boundaries too', () => {
    expect(pointsOf({ pace: paceOf(0.29) }, 'pace-30')).toBe(25);
    expect(pointsOf({ pace: paceOf(0.3) }, 'pace-30')).toBeUndefined();
    expect(pointsOf({ pace: paceOf(0.3) }, 'pace-50')).toBe(15);
    expect(pointsOf({ pace: paceOf(0.49) }, 'pace-50')).toBe(15);
    expect(risk({ pace: paceOf(0.5) }).risk).toBe(0);
    expect(risk({ pace: paceOf(0) }).risk).toBe(25);
  });

  it('says how many classes were used against how many were expected, in pt-BR numbers', () => {
    expect(risk({ pace: paceOf(0.25, 2, 8) }).points[0]!.reason).toBe('usou 2 de 8 aulas esperadas até agora (25 % do ritmo)');
    expect(risk({ pace: paceOf(3 / 6.5, 3, 6.5) }).points[0]!.reason).toBe('usou 3 de 6,5 aulas esperadas até agora (46 % do ritmo)');
  });

  it('judges no pace once the contract has expired (the expiry speaks for it)', () => {
    expect(risk({ daysToExpiry: -3, pace: paceOf(0.1) }).points.map((point) => point.rule)).toEqual(['expired']);
    expect(pointsOf({ daysToExpiry: 0, pace: paceOf(0.1) }, 'pace-30')).toBe(25);
  });
});

describe('computeRisk: payment, attendance, acceptance', () => {
  it('scores 15 when no payment came for more than the billing cycle + 10 days', () => {
    expect(pointsOf({ daysSincePayment: 40, billingCycleDays: 30 }, 'no-payment')).toBeUndefined();
    expect(risk({ daysSincePayment: 41, billingCycleDays: 30 }).points).toEqual([{ rule: 'no-payment', points: 15, reason: 'sem pagamento há 41 dias (ciclo de 30 dias)' }]);
    expect(pointsOf({ daysSincePayment: 100, billingCycleDays: 90 }, 'no-payment')).toBeUndefined();
    expect(pointsOf({ daysSincePayment: 101, billingCycleDays: 90 }, 'no-payment')).toBe(15);
  });

  it('judges no payment without a billing cycle or a payment date', () => {
    expect(risk({ daysSincePayment: 400, billingCycleDays: null }).risk).toBe(0);
    expect(risk({ daysSincePayment: null, billingCycleDays: 30 }).risk).toBe(0);
  });

  it('scores 20 for no attendance during 14 days or more', () => {
    expect(pointsOf({ daysWithoutAttendance: 13 }, 'no-attendance')).toBeUndefined();
    expect(risk({ daysWithoutAttendance: 14 }).points).toEqual([{ rule: 'no-attendance', points: 20, reason: 'nenhuma presença nos últimos 14 dias' }]);
    expect(pointsOf({ daysWithoutAttendance: 40 }, 'no-attendance')).toBe(20);
  });

  it('scores 5 for an acceptance pending more than 2 days', () => {
    expect(pointsOf({ acceptancePendingDays: 2 }, 'acceptance-pending')).toBeUndefined();
    expect(risk({ acceptancePendingDays: 3 }).points).toEqual([{ rule: 'acceptance-pending', points: 5, reason: 'contrato aguardando aceite há 3 dias' }]);
  });
});

describe('computeRisk: new clients, cap, order', () => {
  it('multiplies by 1,2 in the first 90 days of tenure, as a point of its own', () => {
    // 65 × 1,2 = 78: the extra 13 points.
    const result = risk({ blocked: true, blockedDays: 5, overdueCents: 15_000, tenureDays: 89 });
    expect(result.risk).toBe(78);
    expect(result.category).toBe('Crítico');
    expect(result.points.at(-1)).toEqual({ rule: 'new-client', points: 13, reason: 'cliente há menos de 90 dias: risco ampliado em 1,2×' });
  });

  it('does not multiply from 90 days of tenure, nor when tenure is unknown', () => {
    expect(risk({ blocked: true, blockedDays: 5, overdueCents: 15_000, tenureDays: 90 }).risk).toBe(65);
    expect(risk({ blocked: true, blockedDays: 5, overdueCents: 15_000, tenureDays: null }).risk).toBe(65);
  });

  it('rounds the extra points and adds none to a risk of 0', () => {
    // 15 × 0,2 = 3; 5 × 0,2 = 1.
    expect(risk({ pace: paceOf(0.4), tenureDays: 10 }).risk).toBe(18);
    expect(risk({ acceptancePendingDays: 3, tenureDays: 10 }).risk).toBe(6);
    expect(risk({ tenureDays: 10 })).toEqual({ risk: 0, category: 'Baixo', points: [] });
  });

  it('caps the risk at 100 and keeps every point that led there', () => {
    // 60 + 10 + 15 + 20 + 5 = 110.
    const result = risk({ blocked: true, blockedDays: 30, overdueCents: 1_000, daysSincePayment: 60, billingCycleDays: 30, daysWithoutAttendance: 30, acceptancePendingDays: 5 });
    expect(result.risk).toBe(100);
    expect(result.category).toBe('Crítico');
    expect(result.points.reduce((sum, point) => sum + point.points, 0)).toBe(110);
    // 110 × 1,2 = 132, still 100.
    expect(risk({ blocked: true, blockedDays: 30, daysToExpiry: -20, tenureDays: 5 }).risk).toBe(100);
  });

  it('lists the reasons strongest first', () => {
    const result = risk({ daysToExpiry: 5, pace: paceOf(0.2), daysSincePayment: 45, billingCycleDays: 30, acceptancePendingDays: 4 });
    expect(result.points.map((point) => [point.rule, point.points])).toEqual([
      ['pace-30', 25],
      ['expiring-7', 20],
      ['no-payment', 15],
      ['acceptance-pending', 5],
    ]);
    expect(result.risk).toBe(65);
  });
});

describe('riskCategory', () => {
  it('is Baixo below 25, Médio from 25, Alto from 50, Crítico from 75', () => {
    const categories = defaults.categories;
    expect([0, 24, 25, 49, 50, 74, 75, 100].map((value) => riskCategory(value, categories))).toEqual([
      'Baixo', 'Baixo', 'Médio', 'Médio', 'Alto', 'Alto', 'Crítico', 'Crítico',
    ]);
  });

  it('puts computed risks on the same boundaries', () => {
    expect(risk({ pace: paceOf(0.2) }).category).toBe('Médio'); // 25
    expect(risk({ blocked: true, blockedDays: 3 }).category).toBe('Médio'); // 49
    expect(risk({ daysToExpiry: -15 }).category).toBe('Alto'); // 50
    expect(risk({ daysToExpiry: -14, daysWithoutAttendance: 20, acceptancePendingDays: 3 }).risk).toBe(74);
    expect(risk({ daysToExpiry: -14, daysWithoutAttendance: 20, acceptancePendingDays: 3 }).category).toBe('Alto');
    expect(risk({ daysToExpiry: -15, daysWithoutAttendance: 20, acceptancePendingDays: 3 }).category).toBe('Crítico'); // 75
  });
});

describe("computeRisk: the studio's settings", () => {
  it('uses the blocked points the studio set', () => {
    // 30 + 2 × 5 = 40, under a max of 45; 30 + 2 × 10 = 50 → 45.
    const settings = withRules({ blockedBase: 30, blockedPerDay: 2, blockedMax: 45, blockedOverdueExtra: 0 });
    expect(risk({ blocked: true, blockedDays: 5 }, settings).risk).toBe(40);
    expect(risk({ blocked: true, blockedDays: 10 }, settings).risk).toBe(45);
  });

  it('uses the expiry, pace and other points the studio set', () => {
    const settings = withRules({ expiredBase: 20, expiredPerDay: 2, expiredMax: 30, expiringWithin7Days: 12, paceBelow30Percent: 8, noAttendanceDays: 7, noAttendancePoints: 9 });
    expect(risk({ daysToExpiry: -3 }, settings).risk).toBe(26);
    expect(risk({ daysToExpiry: -10 }, settings).risk).toBe(30);
    expect(risk({ daysToExpiry: 2, pace: paceOf(0.1) }, settings).risk).toBe(20);
    expect(risk({ daysWithoutAttendance: 7 }, settings).risk).toBe(9);
  });

  it('uses the grace and acceptance days the studio set', () => {
    const settings = withRules({ noPaymentGraceDays: 0, acceptancePendingDays: 0 });
    expect(risk({ daysSincePayment: 31, billingCycleDays: 30 }, settings).risk).toBe(15);
    expect(risk({ acceptancePendingDays: 1 }, settings).risk).toBe(5);
  });

  it("uses the studio's new-client window and factor, and none at a factor of 1", () => {
    // 25 × 0,5 = 12,5 → 13 extra.
    const result = risk({ pace: paceOf(0.2), tenureDays: 20 }, withRules({ newClientDays: 30, newClientMultiplier: 1.5 }));
    expect(result.risk).toBe(38);
    expect(result.points.at(-1)!.reason).toBe('cliente há menos de 30 dias: risco ampliado em 1,5×');
    expect(risk({ pace: paceOf(0.2), tenureDays: 40 }, withRules({ newClientDays: 30, newClientMultiplier: 1.5 })).risk).toBe(25);
    expect(risk({ pace: paceOf(0.2), tenureDays: 5 }, withRules({ newClientMultiplier: 1 })).points.map((point) => point.rule)).toEqual(['pace-30']);
  });

  it("uses the studio's category boundaries", () => {
    const settings = withRules({}, { categories: { medium: 10, high: 30, critical: 40 } });
    expect(risk({ blocked: true, blockedDays: 0 }, settings).category).toBe('Crítico');
    expect(risk({ pace: paceOf(0.2) }, settings).category).toBe('Médio');
    expect(risk({ acceptancePendingDays: 3 }, settings).category).toBe('Baixo');
    expect(risk({ daysToExpiry: -1 }, settings).category).toBe('Alto');
  });
});
