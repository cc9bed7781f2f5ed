/**
 * The median: the middle value of the sorted list, or the mean of the two middle values. Null for an
 * empty list. Example: median([5, 1, 3]) = 3; median([4, 1, 3, 2]) = 2,5.
 */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
