/**
 * The standard normal's 90th percentile: a normal quantity lies within ± z80 · σ of its mean 80 % of
 * the time, which is how Pulso's forecasts and what-if answers draw their 80 % intervals.
 */
export const z80 = 1.2815515655446004;
