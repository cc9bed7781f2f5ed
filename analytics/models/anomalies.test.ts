import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar-date.ts';
import { robustZScores } from './anomalies.ts';

const daily = (values: number[]) => values.map((value, i) => ({ date: addDays('2026-03-01', i), value }));

describe('robustZScores', () => {
  it('scores an odd-length series by hand', () => {
    // Sorted 10, 11, 11, 12, 12, 13, 50 → median 12. |x − 12| = 2, 0, 1, 1, 0, 38, 1 → sorted 0, 0, 1, 1, 1, 2, 38 → MAD 1.
    // z(50) = 0.6745 · 38 = 25.631; z(10) = −1.349; z(13) = 0.6745.
    const report = robustZScores(daily([10, 12, 11, 13, 12, 50, 11]));
    expect(report).toMatchObject({ median: 12, mad: 1, scale: 'mad' });
    expect(report.days[5]).toMatchObject({ date: '2026-03-06', value: 50, anomalous: true });
    expect(report.days[5]!.z).toBeCloseTo(25.631, 10);
    expect(report.days[0]!.z).toBeCloseTo(-1.349, 10);
    expect(report.days[3]!.z).toBeCloseTo(0.6745, 10);
    expect(report.days.filter((day) => day.anomalous).map((day) => day.date)).toEqual(['2026-03-06']);
  });

  it('scores an even-length series by hand', () => {
    // Sorted 1, 2, 3, 4, 5, 100 → median (3 + 4)/2 = 3.5. |x − 3.5| sorted 0.5, 0.5, 1.5, 1.5, 2.5, 96.5 → MAD 1.5.
    // z(100) = 0.6745 · 96.5 / 1.5 = 43.39283; z(1) = 0.6745 · −2.5 / 1.5 = −1.124167.
    const report = robustZScores(daily([1, 2, 3, 4, 100, 5]));
    expect(report).toMatchObject({ median: 3.5, mad: 1.5, scale: 'mad' });
    expect(report.days[4]!.z).toBeCloseTo(43.39283, 5);
    expect(report.days[0]!.z).toBeCloseTo(-1.124167, 6);
    expect(report.days.map((day) => day.anomalous)).toEqual([false, false, false, false, true, false]);
  });

  it('flags only beyond the threshold, in both directions', () => {
    // Median 100, |x − 100| = 0, 2, 2, 4, 4, 6, 60 (… sorted) → MAD 4. z(40) = 0.6745 · −60 / 4 = −10.1175;
    // z(106) = 0.6745 · 6 / 4 = 1.01175.
    const report = robustZScores(daily([100, 98, 102, 96, 104, 106, 40]));
    expect(report.mad).toBe(4);
    expect(report.days[6]!.z).toBeCloseTo(-10.1175, 10);
    expect(report.days.map((day) => day.anomalous)).toEqual([false, false, false, false, false, false, true]);
    expect(robustZScores(daily([100, 98, 102, 96, 104, 106, 40]), 20).days.some((day) => day.anomalous)).toBe(false);
  });

  it('falls back to the mean absolute deviation when MAD is 0', () => {
    // 0 ×6 and 5: median 0, MAD 0; MeanAD = 5/7. z(5) = 5 / (1.2533141 · 5/7) = 7 · 0.7978846 = 5.585192.
    const report = robustZScores(daily([0, 0, 0, 5, 0, 0, 0]));
    expect(report).toMatchObject({ median: 0, mad: 0, scale: 'mean-absolute-deviation' });
    expect(report.days[3]!.z).toBeCloseTo(5.585192, 6);
    expect(report.days[3]!.anomalous).toBe(true);
    expect(report.days[0]!.z).toBe(0);
  });

  it('flags nothing when every day has the same value', () => {
    const report = robustZScores(daily([7, 7, 7]));
    expect(report.scale).toBe('none');
    expect(report.days.every((day) => day.z === 0 && !day.anomalous)).toBe(true);
  });

  it('rejects an empty series', () => {
    expect(() => robustZScores([])).toThrow(RangeError);
  });
});
