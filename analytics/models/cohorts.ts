/**
 * Cohort retention by first-paid month: clients are grouped by the month of their first payment, and
 * for k = 1, 3, 6, 12 each cohort reports the share of its clients active in month (first-paid + k):
 *
 *   share_k = #{clients of the cohort active in month C + k} / size of the cohort C.
 *
 * Choices:
 * - "Active in a month" is whatever the caller put in `activeMonths` (e.g. a valid contract or a
 *   visit in that month); months before the first-paid month are ignored.
 * - A milestone is reported only once its month is complete at `asOf` (asOf ≥ its last day); before
 *   that it is null — never a partial month, never an extrapolation. The cohort of asOf's month is
 *   listed with all milestones null.
 * - Shares are fractions in [0, 1]; `activeAt` gives the counts behind them.
 *
 * Example: cohort 2025-01 of 4 clients, 2 active in 2025-02 → m1 = 0.5; at asOf 2026-03-31 its m12
 * (2026-01) is known, while cohort 2025-10's m6 (2026-04) is still null.
 */
import { addDays, addMonths, type CalendarDate } from '../../domain/calendar-date.ts';

export interface CohortMember {
  code: string;
  /** "YYYY-MM". */
  firstPaidMonth: string;
  activeMonths: ReadonlySet<string> | readonly string[];
}

export interface MilestoneValues {
  m1: number | null;
  m3: number | null;
  m6: number | null;
  m12: number | null;
}

export interface CohortRetention extends MilestoneValues {
  /** First-paid month, "YYYY-MM". */
  cohort: string;
  size: number;
  activeAt: MilestoneValues;
}

const milestones = [1, 3, 6, 12] as const;
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function cohortRetention(members: readonly CohortMember[], asOf: CalendarDate): CohortRetention[] {
  const cohorts = new Map<string, Set<string>[]>();
  const codes = new Set<string>();
  for (const { code, firstPaidMonth, activeMonths } of members) {
    if (codes.has(code)) throw new RangeError(`client ${code} appears twice`);
    codes.add(code);
    if (!monthPattern.test(firstPaidMonth)) throw new RangeError(`first-paid month of ${code} must be "YYYY-MM" (got "${firstPaidMonth}")`);
    if (`${firstPaidMonth}-01` > asOf) throw new RangeError(`first-paid month of ${code} (${firstPaidMonth}) is after asOf ${asOf}`);
    const cohort = cohorts.get(firstPaidMonth) ?? [];
    cohort.push(new Set(activeMonths));
    cohorts.set(firstPaidMonth, cohort);
  }
  return [...cohorts.keys()].sort().map((cohort) => {
    const clients = cohorts.get(cohort)!;
    const activeAt = {} as MilestoneValues;
    const shares = {} as MilestoneValues;
    for (const k of milestones) {
      const month = addMonths(`${cohort}-01`, k).slice(0, 7);
      const complete = asOf >= lastDayOf(month);
      const active = complete ? clients.filter((months) => months.has(month)).length : null;
      activeAt[`m${k}`] = active;
      shares[`m${k}`] = active === null ? null : active / clients.length;
    }
    return { cohort, size: clients.length, ...shares, activeAt };
  });
}

function lastDayOf(month: string): CalendarDate {
  return addDays(addMonths(`${month}-01`, 1), -1);
}
