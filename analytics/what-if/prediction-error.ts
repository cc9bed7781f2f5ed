/**
 * How right past predictions were, once their month has passed: each one's absolute percentage error
 * |actual − predicted| / actual, and whether it got the direction right (revenue up or down against the
 * last complete month before the prediction, the same sign for predicted and actual; no change counts
 * as its own direction). MAPE is the mean of the percentage errors over predictions whose actual is
 * not zero. Example: predicted R$ 11.000 and R$ 9.000 against R$ 10.000 last month; actual R$ 10.000
 * and R$ 12.000 → errors 10 % and 25 %, MAPE 17,5 %; directions: up/flat wrong, down/up wrong.
 */
import { mean } from '../mean.ts';

export interface EvaluatedPrediction {
  id: number;
  predictedCents: number;
  actualCents: number;
  referenceCents: number;
}

export interface PredictionError extends EvaluatedPrediction {
  /** Null when the actual revenue was zero (no percentage error). */
  absolutePercentError: number | null;
  directionRight: boolean;
}

export interface PredictionErrors {
  predictions: PredictionError[];
  mapePercent: number | null;
  directionRight: number;
}

export function predictionErrors(evaluated: readonly EvaluatedPrediction[]): PredictionErrors {
  const predictions = evaluated.map((prediction) => ({
    ...prediction,
    absolutePercentError: prediction.actualCents === 0 ? null : (100 * Math.abs(prediction.actualCents - prediction.predictedCents)) / Math.abs(prediction.actualCents),
    directionRight: Math.sign(prediction.predictedCents - prediction.referenceCents) === Math.sign(prediction.actualCents - prediction.referenceCents),
  }));
  const errors = predictions.map((prediction) => prediction.absolutePercentError).filter((error): error is number => error !== null);
  return { predictions, mapePercent: errors.length ? mean(errors) : null, directionRight: predictions.filter((prediction) => prediction.directionRight).length };
}
