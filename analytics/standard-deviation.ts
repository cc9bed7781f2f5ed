/**
 * The sample standard deviation of a series, e.g. how much a what-if lever moved from month to month
 * in the studio's history: sd = √(Σ (x − x̄)² / (n − 1)); 0 with fewer than two values (no variation
 * measured). Example: [0,80; 0,90; 1,00] → 0,10.
 */
import { mean } from './mean.ts';

export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
}
