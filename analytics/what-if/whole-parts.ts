/**
 * Rounds parts to whole numbers that add up to a whole total, by largest remainder (Hamilton's method):
 * floor every part, then hand the units left to the parts that lost the most. The total is the rounded
 * whole (e.g. round(after) − round(before)), within one unit of the parts' sum.
 * Example: parts 1,4 + 1,4 + 1,2, total 4 → floors 1 + 1 + 1 = 3, one unit left for the first 1,4 → 2, 1, 1.
 */
export function wholeParts(parts: readonly number[], total: number): number[] {
  const floors = parts.map(Math.floor);
  let left = total - floors.reduce((sum, part) => sum + part, 0);
  const order = parts.map((part, index) => ({ index, remainder: part - Math.floor(part) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}
