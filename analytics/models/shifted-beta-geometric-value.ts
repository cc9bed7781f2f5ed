/**
 * Contractual lifetime value under the sBG model, Fader & Hardie (2010), "Customer-base valuation in a
 * contractual setting: the perils of ignoring heterogeneity", Marketing Science 29(1), 85–93.
 *
 * A customer pays the margin m at the start of every period she is active (period 0 is the payment at
 * acquisition), the period is one month (the sBG fit must be on monthly renewals) and d is the monthly
 * discount rate. With x = 1/(1+d):
 *
 *   DEL  = m · Σ_{t≥0} S(t) x^t = m · 2F1(1, β; α+β; x)                        (new customer)
 *   DERL = m · Σ_{t≥n} S(t)/S(n−1) · x^{t−n}
 *        = m · (β+n−1)/(α+β+n−1) · 2F1(1, β+n; α+β+n; x)                      (their eq. 6)
 *
 * where n − 1 = `renewals` the customer has made so far, valued just before her next renewal decision
 * (so her next payment is itself uncertain). The two are linked by DEL = m + x · DERL(renewals = 0).
 * The series is summed by `gaussHypergeometric1` with a proved tail bound (relative error < 1e-13).
 *
 * Choices: d must be > 0 (with d = 0 the sum diverges when α ≤ 1, which the fits often give); the
 * value is rounded to whole centavos; `multiplier` is the discounted expected number of payments.
 *
 * Example: α = β = 1 gives S(t) = 1/(t+1), so with d = 10 % DEL = m · 1.1 · ln 11 = m · 2.6376848;
 * for m = R$ 100,00 (10 000 centavos) that is 26 377 centavos.
 */
import { gaussHypergeometric1 } from './hypergeometric.ts';
import { validateParameters } from './shifted-beta-geometric.ts';

export interface LifetimeValueInput {
  alpha: number;
  beta: number;
  monthlyMarginCents: number;
  /** Monthly discount rate, e.g. 0.01 for 1 % a month. */
  discountRate: number;
}

export interface LifetimeValue {
  /** Discounted expected number of monthly payments. */
  multiplier: number;
  valueCents: number;
}

export function discountedExpectedLifetimeValue({ alpha, beta, monthlyMarginCents, discountRate }: LifetimeValueInput): LifetimeValue {
  validate(alpha, beta, monthlyMarginCents, discountRate);
  const multiplier = gaussHypergeometric1(beta, alpha + beta, 1 / (1 + discountRate));
  return { multiplier, valueCents: Math.round(monthlyMarginCents * multiplier) };
}

/** DERL of a customer who has made `renewals` renewals, valued just before her next renewal decision. */
export function discountedExpectedResidualLifetimeValue(input: LifetimeValueInput & { renewals: number }): LifetimeValue {
  const { alpha, beta, monthlyMarginCents, discountRate, renewals } = input;
  validate(alpha, beta, monthlyMarginCents, discountRate);
  if (!(Number.isInteger(renewals) && renewals >= 0)) throw new RangeError(`renewals must be a whole number ≥ 0 (got ${renewals})`);
  const n = renewals + 1;
  const renewalProbability = (beta + n - 1) / (alpha + beta + n - 1);
  const multiplier = renewalProbability * gaussHypergeometric1(beta + n, alpha + beta + n, 1 / (1 + discountRate));
  return { multiplier, valueCents: Math.round(monthlyMarginCents * multiplier) };
}

function validate(alpha: number, beta: number, monthlyMarginCents: number, discountRate: number): void {
  validateParameters(alpha, beta);
  if (!Number.isFinite(monthlyMarginCents)) throw new RangeError(`monthly margin must be a finite number of centavos (got ${monthlyMarginCents})`);
  if (!(discountRate > 0 && Number.isFinite(discountRate))) throw new RangeError(`discount rate must be > 0 (got ${discountRate})`);
}
