/**
 * The studio's price list, as Tecnofit names the plans. The facts an importer reads from a plan name
 * (sessions per week, period, pack, trial, drop-in, aggregator, physio) are kept here as data, so the
 * simulation sells exactly what the name promises. Prices are today's São Paulo prices in centavos;
 * earlier years are the same list before each January's readjustment.
 */
import type { CalendarDate } from '../domain/calendar-date.ts';

export type PlanKind = 'calistenia' | 'fisioterapia' | 'pack' | 'trial' | 'drop-in' | 'aggregator';

export interface Plan {
  id: PlanId;
  name: string;
  kind: PlanKind;
  /** Classes per week the plan allows; null when it is not a weekly plan. */
  sessionsPerWeek: number | null;
  /** Classes the plan includes in all (packs, trial, drop-in); null for weekly plans and aggregators. */
  classes: number | null;
  durationDays: number;
  priceCentavos: number;
}

export type PlanId =
  | 'cal2-mensal' | 'cal2-trimestral' | 'cal2-semestral' | 'cal2-anual'
  | 'cal3-mensal' | 'cal3-trimestral' | 'cal3-semestral' | 'cal3-anual'
  | 'cal-10x' | 'experimental' | 'avulsa' | 'gympass' | 'totalpass' | 'fisio1-mensal' | 'fisio2-mensal';

const periods = [
  ['MENSAL', 30],
  ['TRIMESTRAL', 90],
  ['SEMESTRAL', 180],
  ['ANUAL', 365],
] as const;

function calistenia(perWeek: 2 | 3, prices: readonly [number, number, number, number]): Plan[] {
  return periods.map(([period, days], index) => ({
    id: `cal${perWeek}-${period.toLowerCase()}` as PlanId,
    name: `CALISTENIA ${perWeek}X NA SEMANA ${period}`,
    kind: 'calistenia',
    sessionsPerWeek: perWeek,
    classes: null,
    durationDays: days,
    priceCentavos: prices[index] as number,
  }));
}

const catalogue: readonly Plan[] = [
  // Monthly equivalents: 2x R$ 290 → 270 → 250 → 230; 3x R$ 380 → 355 → 330 → 305.
  ...calistenia(2, [29_000, 81_000, 150_000, 276_000]),
  ...calistenia(3, [38_000, 106_500, 198_000, 366_000]),
  { id: 'cal-10x', name: 'CALISTENIA 10X AULAS', kind: 'pack', sessionsPerWeek: null, classes: 10, durationDays: 60, priceCentavos: 45_000 },
  { id: 'experimental', name: 'AULA EXPERIMENTAL', kind: 'trial', sessionsPerWeek: null, classes: 1, durationDays: 1, priceCentavos: 3_000 },
  { id: 'avulsa', name: 'AULA AVULSA', kind: 'drop-in', sessionsPerWeek: null, classes: 1, durationDays: 1, priceCentavos: 6_000 },
  { id: 'gympass', name: 'GYMPASS', kind: 'aggregator', sessionsPerWeek: null, classes: null, durationDays: 30, priceCentavos: 0 },
  { id: 'totalpass', name: 'TOTALPASS', kind: 'aggregator', sessionsPerWeek: null, classes: null, durationDays: 30, priceCentavos: 0 },
  { id: 'fisio1-mensal', name: 'FISIOTERAPIA 1X NA SEMANA MENSAL', kind: 'fisioterapia', sessionsPerWeek: 1, classes: null, durationDays: 30, priceCentavos: 48_000 },
  { id: 'fisio2-mensal', name: 'FISIOTERAPIA 2X NA SEMANA MENSAL', kind: 'fisioterapia', sessionsPerWeek: 2, classes: null, durationDays: 30, priceCentavos: 88_000 },
];

const byId = new Map(catalogue.map((plan) => [plan.id, plan]));

export function plan(id: PlanId): Plan {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown plan ${id}`);
  return found;
}

/** Yearly readjustment applied each January, roughly inflation plus a little. */
const yearlyIncrease = 1.08;

/** The price charged on `date`, given that the catalogue holds the prices of `asOf`'s year; whole R$ 5 steps. */
export function priceOn(planId: PlanId, date: CalendarDate, asOf: CalendarDate): number {
  const current = plan(planId).priceCentavos;
  const yearsBefore = Number(asOf.slice(0, 4)) - Number(date.slice(0, 4));
  if (current === 0 || yearsBefore <= 0) return current;
  return Math.round(current / yearlyIncrease ** yearsBefore / 500) * 500;
}

/** Classes a contract includes in all: weekly plans count their weeks, rounded. */
export function contractedClasses(p: Plan): number | null {
  if (p.classes !== null) return p.classes;
  if (p.sessionsPerWeek === null) return null;
  return Math.round((p.sessionsPerWeek * p.durationDays) / 7);
}

/** Whether a contract of this plan is accepted through Tecnofit's contract link. */
export function needsAcceptance(p: Plan): boolean {
  return p.kind === 'calistenia' || p.kind === 'fisioterapia' || p.kind === 'pack';
}
