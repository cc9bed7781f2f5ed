/** Benchmarks print figures to one decimal: 12.345 → 12.3. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;
