/**
 * How clients use what they bought: a fixed weekly schedule with no-shows and make-up classes, or
 * free bookings (packs, GYMPASS/TOTALPASS, drop-ins). Whether a booked class is attended is decided by
 * a `ShowUp` rule, random for ordinary clients and steady for planted cases whose pace must be exact.
 */
import { addDays, weekday, type CalendarDate } from '../domain/calendar-date.ts';
import type { Random } from './random.ts';
import { attendanceFactor, isStudioOpen } from './seasonality.ts';
import type { Block, Visit, VisitKind } from './studio-records.ts';

/** Decides, class by class, whether the client turns up. */
export type ShowUp = (date: CalendarDate) => boolean;

/** Shows up with probability `engagement`, less in July, December and at Carnival. */
export function randomShowUp(random: Random, engagement: number): ShowUp {
  return (date) => random.chance(engagement * attendanceFactor(date));
}

/** Shows up to exactly `rate` of the classes, evenly spread: for planted cases with a known pace. */
export function steadyShowUp(rate: number): ShowUp {
  let credit = 0;
  return () => {
    credit += rate;
    if (credit < 1 - 1e-9) return false;
    credit -= 1;
    return true;
  };
}

/** Training days for `perWeek` classes a week: weekdays first, Saturday now and then. */
export function trainingDays(random: Random, perWeek: number): number[] {
  const patterns: Record<number, readonly (readonly number[])[]> = {
    1: [[1], [2], [3], [4], [6]],
    2: [[1, 3], [2, 4], [1, 4], [3, 5], [2, 6], [1, 5]],
    3: [[1, 3, 5], [2, 4, 6], [1, 2, 4], [1, 3, 6]],
  };
  return [...random.pick(patterns[perWeek] ?? patterns[3] ?? [[1]])];
}

function isBlocked(date: CalendarDate, blocks: readonly Block[]): boolean {
  return blocks.some((b) => date >= b.start && (b.end === null || date < b.end));
}

export interface WeeklyAttendance {
  contract: number;
  from: CalendarDate;
  /** Last day included (already capped at as-of by the caller). */
  to: CalendarDate;
  days: readonly number[];
  showUp: ShowUp;
  blocks: readonly Block[];
  /** Chance that a missed class is made up later in the week. */
  makeUpChance: number;
}

/** Bookings of a fixed schedule; a missed class is sometimes made up within the next days. */
export function attendWeeklyPlan(random: Random, plan: WeeklyAttendance): Visit[] {
  const visits: Visit[] = [];
  for (let date = plan.from; date <= plan.to; date = addDays(date, 1)) {
    if (!plan.days.includes(weekday(date)) || !isStudioOpen(date) || isBlocked(date, plan.blocks)) continue;
    if (plan.showUp(date)) {
      visits.push({ date, kind: 'fixa', outcome: 'presenca', contract: plan.contract });
      continue;
    }
    visits.push({ date, kind: 'fixa', outcome: random.chance(0.8) ? 'falta' : 'sem-acao', contract: plan.contract });
    if (random.chance(plan.makeUpChance)) {
      const makeUp = addDays(date, random.int(1, 5));
      if (makeUp <= plan.to && isStudioOpen(makeUp) && !isBlocked(makeUp, plan.blocks)) {
        visits.push({ date: makeUp, kind: 'reposicao', outcome: random.chance(0.85) ? 'presenca' : 'falta', contract: plan.contract });
      }
    }
  }
  return visits;
}

export interface FreeAttendance {
  contract: number | null;
  kind: VisitKind;
  from: CalendarDate;
  to: CalendarDate;
  /** Expected bookings per week. */
  perWeek: number;
  /** Stop after this many presences (a pack's classes); null for no limit. */
  limit: number | null;
  noShowChance: number;
}

/** Bookings made one at a time, on any open day, at about `perWeek` a week. */
export function attendFreely(random: Random, plan: FreeAttendance): Visit[] {
  const visits: Visit[] = [];
  const dailyChance = Math.min(1, plan.perWeek / 6);
  let presences = 0;
  for (let date = plan.from; date <= plan.to; date = addDays(date, 1)) {
    if (plan.limit !== null && presences >= plan.limit) break;
    if (!isStudioOpen(date) || !random.chance(dailyChance * attendanceFactor(date))) continue;
    const present = !random.chance(plan.noShowChance);
    if (present) presences += 1;
    visits.push({ date, kind: plan.kind, outcome: present ? 'presenca' : random.chance(0.7) ? 'falta' : 'sem-acao', contract: plan.contract });
  }
  return visits;
}

/** Presences in a list of visits. */
export function presences(visits: readonly Visit[]): number {
  return visits.filter((v) => v.outcome === 'presenca').length;
}
