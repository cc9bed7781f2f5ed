import { describe, expect, it } from 'vitest';
import { cohortRetention, type CohortMember } from './cohorts.ts';

const members: CohortMember[] = [
  { code: 'A', firstPaidMonth: '2025-01', activeMonths: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-07', '2026-01'] },
  { code: 'B', firstPaidMonth: '2025-01', activeMonths: new Set(['2025-01', '2025-02']) },
  { code: 'C', firstPaidMonth: '2025-01', activeMonths: ['2025-01', '2025-04'] },
  { code: 'D', firstPaidMonth: '2025-01', activeMonths: ['2025-01'] },
  { code: 'E', firstPaidMonth: '2025-10', activeMonths: ['2025-10', '2025-11', '2026-01'] },
  { code: 'F', firstPaidMonth: '2025-10', activeMonths: ['2025-10', '2025-12'] },
  { code: 'G', firstPaidMonth: '2025-12', activeMonths: ['2025-12', '2026-03'] },
  { code: 'H', firstPaidMonth: '2026-03', activeMonths: ['2026-03'] },
];

describe('cohortRetention', () => {
  it('computes shares by hand and leaves unfinished milestones null', () => {
    // asOf 2026-03-31 (March complete).
    // 2025-01 (A, B, C, D): m1 = 2025-02 → A, B = 2/4; m3 = 2025-04 → A, C = 2/4; m6 = 2025-07 → A = 1/4;
    //   m12 = 2026-01 → A = 1/4.
    // 2025-10 (E, F): m1 = 2025-11 → E = 1/2; m3 = 2026-01 → E = 1/2; m6 = 2026-04 not over → null.
    // 2025-12 (G): m1 = 2026-01 → 0/1; m3 = 2026-03 → 1/1 (complete on its last day); m6 null.
    // 2026-03 (H): nothing observable yet.
    expect(cohortRetention(members, '2026-03-31')).toEqual([
      { cohort: '2025-01', size: 4, m1: 0.5, m3: 0.5, m6: 0.25, m12: 0.25, activeAt: { m1: 2, m3: 2, m6: 1, m12: 1 } },
      { cohort: '2025-10', size: 2, m1: 0.5, m3: 0.5, m6: null, m12: null, activeAt: { m1: 1, m3: 1, m6: null, m12: null } },
      { cohort: '2025-12', size: 1, m1: 0, m3: 1, m6: null, m12: null, activeAt: { m1: 0, m3: 1, m6: null, m12: null } },
      { cohort: '2026-03', size: 1, m1: null, m3: null, m6: null, m12: null, activeAt: { m1: null, m3: null, m6: null, m12: null } },
    ]);
  });

  it('does not report a month before its last day', () => {
    const [, , december] = cohortRetention(members, '2026-03-30');
    expect(december).toMatchObject({ cohort: '2025-12', m1: 0, m3: null });
  });

  it('rejects duplicate clients and first payments after asOf', () => {
    expect(() => cohortRetention([members[0]!, members[0]!], '2026-03-31')).toThrow(RangeError);
    expect(() => cohortRetention([{ code: 'X', firstPaidMonth: '2026-04', activeMonths: [] }], '2026-03-31')).toThrow(RangeError);
  });
});
