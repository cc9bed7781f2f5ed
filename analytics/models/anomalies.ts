/**
 * Anomalies on a daily series by the modified (robust) z-score of Iglewicz & Hoaglin (1993), "How to
 * Detect and Handle Outliers", ASQC Basic References in Quality Control 16:
 *
 *   MAD = median_i |x_i − median(x)|
 *   z_i = 0.6745 · (x_i − median(x)) / MAD,      anomalous when |z_i| > 3.5
 *
 * 0.6745 is Φ⁻¹(0.75), the third quartile of the standard normal: for normal data MAD ≈ 0.6745 σ, so
 * MAD/0.6745 estimates σ and z is on the familiar standard-deviation scale, yet one wild day cannot
 * inflate the scale the way it inflates a standard deviation.
 *
 * MAD = 0 (more than half of the days share one value, e.g. a studio closed most days) would divide by
 * zero. Then the scale falls back to the mean absolute deviation around the median, as IBM Cognos
 * Analytics documents its "modified z score": z_i = (x_i − median(x)) / (1.253314 · MeanAD), because
 * for normal data MeanAD = √(2/π) σ ≈ σ/1.253314 (the code uses √(2/π) exactly).
 * If MeanAD is 0 too, every day has the same value: every z is 0 and nothing is anomalous.
 * Medians of an even count are the mean of the two middle values (../median.ts). The series is
 * scored as given (the caller chooses the window); an empty series is an error.
 *
 * Example: 10, 12, 11, 13, 12, 50, 11 → median 12, deviations 2, 0, 1, 1, 0, 38, 1, MAD 1;
 * z(50) = 0.6745 · 38 = 25.63 (anomalous), z(10) = −1.35.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { median } from '../median.ts';

export interface DailyValue {
  date: CalendarDate;
  value: number;
}

export interface ScoredDay extends DailyValue {
  z: number;
  anomalous: boolean;
}

export interface AnomalyReport {
  median: number;
  mad: number;
  /** Which spread measure z is scaled by: MAD, the MeanAD fallback, or none (all values equal). */
  scale: 'mad' | 'mean-absolute-deviation' | 'none';
  days: ScoredDay[];
}

const madConstant = 0.6745;
const meanAbsoluteDeviationConstant = Math.sqrt(2 / Math.PI);

export function robustZScores(series: readonly DailyValue[], threshold = 3.5): AnomalyReport {
  if (series.length === 0) throw new RangeError('robust z-scores need at least one day');
  for (const { date, value } of series) {
    if (!Number.isFinite(value)) throw new RangeError(`value of ${date} must be a finite number (got ${value})`);
  }
  const values = series.map((day) => day.value);
  const center = median(values)!;
  const deviations = values.map((value) => Math.abs(value - center));
  const mad = median(deviations)!;
  const meanDeviation = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  const scale = mad > 0 ? 'mad' : meanDeviation > 0 ? 'mean-absolute-deviation' : 'none';
  const factor = scale === 'mad' ? madConstant / mad : scale === 'mean-absolute-deviation' ? meanAbsoluteDeviationConstant / meanDeviation : 0;
  return {
    median: center,
    mad,
    scale,
    days: series.map(({ date, value }) => {
      const z = factor * (value - center);
      return { date, value, z, anomalous: Math.abs(z) > threshold };
    }),
  };
}
