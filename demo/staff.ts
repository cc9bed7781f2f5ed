/**
 * The people behind the counter: consultants who sell plans (each with their own knack for turning a
 * trial class into a plan, and their own months at the studio) and the front desk who issue receipts.
 * Tecnofit prints them as "CONSULTOR PADRÃO - MATEUS --".
 */
import { addMonths, type CalendarDate } from '../domain/calendar-date.ts';
import type { Random } from './random.ts';

export interface Consultant {
  name: string;
  /** Multiplier on the chance that a trial class becomes a plan. */
  conversionSkill: number;
  /** Months after the start of the history when they joined and left (null: still there). */
  joinedMonth: number;
  leftMonth: number | null;
}

export const consultants: readonly Consultant[] = [
  { name: 'MATEUS', conversionSkill: 1.25, joinedMonth: 0, leftMonth: null },
  { name: 'CAMILA', conversionSkill: 1.05, joinedMonth: 0, leftMonth: null },
  { name: 'BEATRIZ', conversionSkill: 0.9, joinedMonth: 0, leftMonth: 14 },
  { name: 'RAFAEL', conversionSkill: 0.8, joinedMonth: 15, leftMonth: null },
  { name: 'LARISSA', conversionSkill: 1.0, joinedMonth: 27, leftMonth: null },
];

/** "CONSULTOR PADRÃO - MATEUS --", as Tecnofit exports the consultant column. */
export function consultantLabel(consultant: Consultant): string {
  return `CONSULTOR PADRÃO - ${consultant.name} --`;
}

/** A consultant working at the studio on `date`, given when the history starts. */
export function consultantOn(random: Random, date: CalendarDate, historyStart: CalendarDate): Consultant {
  const day = date < historyStart ? historyStart : date;
  const working = consultants.filter(
    (c) => day >= addMonths(historyStart, c.joinedMonth) && (c.leftMonth === null || day < addMonths(historyStart, c.leftMonth)),
  );
  return random.pick(working.length > 0 ? working : consultants);
}

/** Who issued a receipt: the morning or evening front desk, or the card-billing robot. */
export function receiptIssuer(minuteOfDay: number, recurring: boolean): string {
  if (recurring) return 'COBRANÇA RECORRENTE - SISTEMA --';
  return minuteOfDay < 14 * 60 ? 'RECEPÇÃO - JULIANA --' : 'RECEPÇÃO - LUCAS --';
}
