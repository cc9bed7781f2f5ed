/**
 * The churn model: a logistic regression of "did not renew within 15 days after the contract ended"
 * on what was known at the end (usage pace at the last balance, days blocked, tenure in days, monthly
 * value), fitted on the earlier 70 % of endings and evaluated on the latest 30 % (time-ordered, never
 * shuffled): AUC, Brier score and a calibration table. It runs only once six months of snapshots
 * exist and both outcomes are present in training; until then the reason says why, and no text may
 * call a risk score a probability. L2 penalty 1 keeps the fit finite on small, separable data.
 */
import type { CalendarDate } from '../domain/calendar-date.ts';
import { auc, brierScore, calibrationTable, timeOrderedHoldout } from './models/logistic-evaluation.ts';
import { fitLogistic, predict, readyForProbability } from './models/logistic.ts';

export interface ChurnExample {
  /** The contract's end date: the order of the holdout. */
  date: CalendarDate;
  pace: number;
  daysBlocked: number;
  tenureDays: number;
  monthlyValueCents: number;
  churned: boolean;
}

export const churnFeatures = ['pace', 'daysBlocked', 'tenureDays', 'monthlyValueCents'] as const;
const holdoutFraction = 0.3;
/** Fewer endings than this cannot be split into a training and a test set worth reading. */
const minimumExamples = 40;

function features(example: ChurnExample): number[] {
  return churnFeatures.map((name) => example[name]);
}

export function churnModel(examples: ChurnExample[], snapshotMonths: number) {
  const readiness = readyForProbability(snapshotMonths);
  if (!readiness.ready) return { ...readiness, examples: examples.length };
  if (examples.length < minimumExamples) {
    return { ready: false, reason: `há ${examples.length} contratos encerrados com histórico; são necessários ao menos ${minimumExamples}`, examples: examples.length };
  }
  const { train, test, cutoff } = timeOrderedHoldout(examples, holdoutFraction);
  const label = (example: ChurnExample): 0 | 1 => (example.churned ? 1 : 0);
  if (new Set(train.map(label)).size < 2 || test.length === 0) {
    return { ready: false, reason: 'o período de ajuste não tem renovações e não renovações ao mesmo tempo', examples: examples.length };
  }
  const model = fitLogistic(train.map((example) => ({ x: features(example), y: label(example) })), { l2: 1 });
  const scores = test.map((example) => predict(model, features(example)));
  const labels = test.map(label);
  return {
    ready: true,
    reason: readiness.reason,
    examples: examples.length,
    trainingExamples: train.length,
    testExamples: test.length,
    testFrom: cutoff,
    features: churnFeatures,
    intercept: model.intercept,
    coefficients: model.coefficients,
    auc: auc(scores, labels),
    brier: brierScore(scores, labels),
    calibration: calibrationTable(scores, labels, 5),
  };
}
