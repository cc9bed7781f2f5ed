/** The arithmetic mean x̄ = Σx / n; 0 for no values (nothing measured). Example: [0,80; 0,90; 1,00] → 0,90. */
export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}
