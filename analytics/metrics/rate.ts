/** A share: part / whole, or null when the whole is 0 (no base to speak of). rate(3, 4) = 0,75. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
