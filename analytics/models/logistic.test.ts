import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, readyForProbability, type LogisticRow } from './logistic.ts';

/** Days blocked, usage pace (0–1); y = 1: did not renew within 15 days after expiry. Not separable. */
const toy: LogisticRow[] = (
  [
    [0, 0.9, 0], [2, 0.8, 0], [0, 0.7, 0], [5, 0.6, 0], [10, 0.5, 1], [1, 0.95, 0], [15, 0.3, 1],
    [20, 0.2, 1], [3, 0.4, 0], [12, 0.85, 0], [25, 0.1, 1], [8, 0.75, 1], [0, 0.2, 1], [18, 0.6, 0],
  ] as const
).map(([days, pace, y]) => ({ x: [days, pace], y }));

describe('fitLogistic', () => {
  it('recovers the observed rates of a single 0/1 feature (closed form, by hand)', () => {
    // x = 0: 1 of 4 did not renew; x = 1: 3 of 4. MLE: w0 = logit(1/4) = ln(1/3) = −1.098612,
    // w1 = logit(3/4) − logit(1/4) = 2 ln 3 = 2.197225. λ = 1e-9 moves them by less than 1e-6.
    const rows: LogisticRow[] = [0, 0, 0, 1, 1, 1, 1, 0].map((y, i) => ({ x: [i < 4 ? 0 : 1], y: y as 0 | 1 }));
    const model = fitLogistic(rows, { l2: 1e-9 });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(-1.098612, 5);
    expect(model.coefficients[0]).toBeCloseTo(2.197225, 5);
    expect(predict(model, [0])).toBeCloseTo(0.25, 6);
    expect(predict(model, [1])).toBeCloseTo(0.75, 6);
  });

  it('matches scipy on a toy renewal dataset without penalty, with the expected signs', () => {
    // Reference: scipy 1.17 optimize.minimize(method="trust-exact") on the same log-likelihood,
    // gradient < 1e-11 at w = (2.848171, 0.092460, −7.215411), LL = −5.212910.
    const model = fitLogistic(toy, { l2: 0 });
    expect(model.converged).toBe(true);
    expect(model.coefficients[0]).toBeGreaterThan(0); // more days blocked, more likely not to renew
    expect(model.coefficients[1]).toBeLessThan(0); // higher usage pace, less likely
    expect(model.intercept).toBeCloseTo(2.848171, 4);
    expect(model.coefficients[0]).toBeCloseTo(0.09246, 4);
    expect(model.coefficients[1]).toBeCloseTo(-7.215411, 4);
    expect(model.penalizedLogLikelihood).toBeCloseTo(-5.21291, 5);
    expect(predict(model, [0, 0.9])).toBeCloseTo(0.03, 2); // scipy: 0.025439
    expect(predict(model, [10, 0.5])).toBeCloseTo(0.54, 2); // 0.541173
    expect(predict(model, [20, 0.2])).toBeCloseTo(0.96, 2); // 0.962827
  });

  it('shrinks standardised coefficients with l2 = 1, matching scipy on the same penalised objective', () => {
    // scipy, same standardisation (population sd) and unpenalised intercept: intercept 1.428075,
    // coefficients 0.061323, −4.096130 (original units), penalised LL −6.413657; p(10, 0.5) = 0.498310.
    const model = fitLogistic(toy, { l2: 1 });
    expect(model.intercept).toBeCloseTo(1.428075, 4);
    expect(model.coefficients[0]).toBeCloseTo(0.061323, 5);
    expect(model.coefficients[1]).toBeCloseTo(-4.09613, 4);
    expect(model.penalizedLogLikelihood).toBeCloseTo(-6.413657, 5);
    expect(predict(model, [10, 0.5])).toBeCloseTo(0.49831, 5);
  });

  it('stays finite on perfectly separable data when penalised', () => {
    const rows: LogisticRow[] = [1, 2, 3, 4, 5, 6].map((v) => ({ x: [v], y: v > 3 ? 1 : 0 }));
    const model = fitLogistic(rows, { l2: 0.1 });
    expect(model.converged).toBe(true);
    expect(Number.isFinite(model.coefficients[0]!)).toBe(true);
    expect(predict(model, [6])).toBeGreaterThan(0.9);
    expect(predict(model, [1])).toBeLessThan(0.1);
  });

  it('gives a feature that never varies a coefficient of 0', () => {
    const rows = toy.map(({ x, y }) => ({ x: [...x, 7], y }));
    expect(fitLogistic(rows, { l2: 0 }).coefficients[2]).toBe(0);
  });

  it('is deterministic and refuses a single outcome', () => {
    expect(fitLogistic(toy, { l2: 0.5 })).toEqual(fitLogistic(toy, { l2: 0.5 }));
    expect(() => fitLogistic(toy.map(({ x }) => ({ x, y: 0 as const })), { l2: 1 })).toThrow(RangeError);
  });
});

describe('readyForProbability', () => {
  it('is false under six months, with the reason in pt-BR', () => {
    const readiness = readyForProbability(5);
    expect(readiness.ready).toBe(false);
    expect(readiness.reason).toContain('Há 5 meses de retratos diários');
    expect(readiness.reason).toContain('pelo menos 6 meses');
    expect(readyForProbability(1).reason).toContain('Há 1 mês');
    expect(readyForProbability(5.9).ready).toBe(false);
  });

  it('is true from six months on', () => {
    expect(readyForProbability(6)).toEqual({
      ready: true,
      reason: 'Há 6 meses de retratos diários: o modelo pode ser ajustado nos meses mais antigos e conferido nos mais recentes (AUC e Brier).',
    });
  });
});
