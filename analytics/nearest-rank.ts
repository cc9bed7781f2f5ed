/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p % of the values
 * at or below it, i.e. the ⌈p/100 · n⌉-th of the sorted values. Null for an empty list.
 * Example: nearestRank([50, 300, 100], 95) = 300 (⌈2,85⌉ = 3rd); nearestRank([1, 2, 3, 4], 50) = 2.
 */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}
