/**
 * Mean and sample standard deviation of a lever's monthly values: how much it moved from month to
 * month in the studio's history. sd = √(Σ (x − x̄)² / (n − 1)); 0 with fewer than two months (no
 * variation measured). Example: [0,80; 0,90; 1,00] → mean 0,90, sd 0,10.
 */
export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
}
