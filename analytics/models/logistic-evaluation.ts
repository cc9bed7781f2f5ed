/**
 * How good is a probability model on data it did not see: discrimination (AUC), accuracy of the
 * probabilities (Brier score), calibration by bins, and the time-ordered split that keeps the test
 * honest for a model that will be used on the future.
 *
 * - AUC = P(score of a random positive > score of a random negative), ties counted ½ — the
 *   Mann–Whitney U statistic divided by P·N, computed with mid-ranks:
 *     AUC = (R₊ − P(P+1)/2) / (P·N),   R₊ = sum of the mid-ranks of the positives.
 *   Null when there are no positives or no negatives (undefined).
 * - Brier = (1/n) Σ (p_i − y_i)² (Brier 1950); 0 is perfect, 0.25 is a constant ½.
 * - Calibration: equal-width bins over [0, 1] (bin k holds k/B ≤ p < (k+1)/B, the last also p = 1), as
 *   a reliability diagram draws them; each bin reports its count, mean predicted probability and
 *   observed rate (null for an empty bin, never 0).
 * - Time-ordered holdout: rows sorted by date (stable: equal dates keep their order), the latest
 *   ⌈n · fraction⌉ rows give the cut-off date, and every row on or after it is test, every row before
 *   it train — a date never straddles the split, so the test may be slightly larger than the fraction,
 *   and train may even be empty when the rows span too few dates (the caller checks). Never shuffled.
 *
 * Example: positives scored 0.9 and 0.6, negatives 0.8 and 0.3 → pairs (0.9 > 0.8), (0.9 > 0.3),
 * (0.6 < 0.8), (0.6 > 0.3) → AUC = 3/4.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';

export interface CalibrationBin {
  lower: number;
  upper: number;
  count: number;
  meanScore: number | null;
  observedRate: number | null;
}

export interface Holdout<T> {
  train: T[];
  test: T[];
  /** First date of the test set; null for no rows. */
  cutoff: CalendarDate | null;
}

/** Scores may be on any scale (a 0–100 risk score as well as a probability): only their order counts. */
export function auc(scores: readonly number[], labels: readonly (0 | 1)[]): number | null {
  validate(scores, labels, false);
  const order = scores.map((score, i) => ({ score, label: labels[i]! })).sort((a, b) => a.score - b.score);
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end]!.score === order[start]!.score) end++;
    const midRank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) if (order[i]!.label === 1) positiveRankSum += midRank;
    start = end;
  }
  const positives = labels.filter((label) => label === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function brierScore(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  validate(scores, labels);
  if (scores.length === 0) throw new RangeError('Brier score needs at least one prediction');
  return scores.reduce((sum, score, i) => sum + (score - labels[i]!) ** 2, 0) / scores.length;
}

export function calibrationTable(scores: readonly number[], labels: readonly (0 | 1)[], bins = 10): CalibrationBin[] {
  validate(scores, labels);
  if (!(Number.isInteger(bins) && bins > 0)) throw new RangeError(`bins must be a whole number > 0 (got ${bins})`);
  const table = Array.from({ length: bins }, (_, k) => ({ lower: k / bins, upper: (k + 1) / bins, count: 0, scoreSum: 0, positives: 0 }));
  scores.forEach((score, i) => {
    const bin = table[Math.min(bins - 1, Math.floor(score * bins))]!;
    bin.count++;
    bin.scoreSum += score;
    bin.positives += labels[i]!;
  });
  return table.map(({ lower, upper, count, scoreSum, positives }) => ({
    lower,
    upper,
    count,
    meanScore: count ? scoreSum / count : null,
    observedRate: count ? positives / count : null,
  }));
}

export function timeOrderedHoldout<T extends { date: CalendarDate }>(rows: readonly T[], fraction: number): Holdout<T> {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`holdout fraction must be between 0 and 1 (got ${fraction})`);
  if (rows.length === 0) return { train: [], test: [], cutoff: null };
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.index - b.index));
  const cutoff = sorted[sorted.length - Math.ceil(sorted.length * fraction)]!.row.date;
  return {
    train: sorted.filter(({ row }) => row.date < cutoff).map(({ row }) => row),
    test: sorted.filter(({ row }) => row.date >= cutoff).map(({ row }) => row),
    cutoff,
  };
}

function validate(scores: readonly number[], labels: readonly (0 | 1)[], probabilities = true): void {
  if (scores.length !== labels.length) throw new RangeError(`${scores.length} scores for ${labels.length} labels`);
  scores.forEach((score, i) => {
    if (!(probabilities ? score >= 0 && score <= 1 : Number.isFinite(score))) {
      throw new RangeError(`score ${i} is ${score}: expected ${probabilities ? 'a probability in [0, 1]' : 'a finite number'}`);
    }
    if (labels[i] !== 0 && labels[i] !== 1) throw new RangeError(`labels must be 0 or 1 (label ${i} is ${labels[i]})`);
  });
}
