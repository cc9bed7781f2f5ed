import { describe, expect, it } from 'vitest';
import { predictionErrors } from './prediction-error.ts';

describe('predictionErrors', () => {
  it('gives each error, the MAPE and the directions (the example in the doc comment)', () => {
    const errors = predictionErrors([
      { id: 1, predictedCents: 1_100_000, actualCents: 1_000_000, referenceCents: 1_000_000 },
      { id: 2, predictedCents: 900_000, actualCents: 1_200_000, referenceCents: 1_000_000 },
      { id: 3, predictedCents: 1_300_000, actualCents: 1_250_000, referenceCents: 1_000_000 },
    ]);
    expect(errors.predictions.map((p) => [p.absolutePercentError, p.directionRight])).toEqual([[10, false], [25, false], [4, true]]);
    expect(errors.mapePercent).toBeCloseTo(13, 9);
    expect(errors.directionRight).toBe(1);
  });
});
