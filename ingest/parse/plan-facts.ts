/**
 * What a plan name says about the plan. Exports carry no plan table, only names such as
 * "CALISTENIA 3X NA SEMANA MENSAL", so usage pace, MRR and survival by family are computed from the
 * facts read here.
 */
import { planFamilies, type PlanFamily } from '../../db/schema/contracts.ts';
import { foldText } from '../../domain/fold.ts';

export { planFamilies, type PlanFamily };

export interface PlanFacts {
  family: PlanFamily;
  /** Classes per week ("3X NA SEMANA"), or null when the name does not say. */
  sessionsPerWeek: number | null;
  /** Days the contract lasts ("MENSAL" = 30), or null when the name does not say. */
  periodDays: number | null;
  /** Classes in a pack ("10X AULAS"), or null when the plan is not a pack. */
  packSize: number | null;
}

/** Families in order of precedence: "AULA EXPERIMENTAL" is a trial, not a drop-in; a physio pack is a pack. */
const familyPatterns: readonly (readonly [PlanFamily, RegExp])[] = [
  ['gympass', /\b(?:gym ?pass|total ?pass|wellhub)\b/],
  ['experimental', /\bexperimenta(?:l|is)\b/],
  ['avulsa', /\b(?:avulsas?|diarias?|drop ?in)\b/],
  ['pack', /\b(?:pacote|pack)\b|\b\d+ ?x? ?(?:aulas?|sessoes?|sessao)\b/],
  ['fisioterapia', /\bfisio(?:terapia)?\b/],
  ['calistenia', /\bcalistenia\b/],
];

const periods: readonly (readonly [RegExp, number])[] = [
  [/\bquinzena(?:l|is)\b/, 15],
  [/\bmensa(?:l|is)\b/, 30],
  [/\bbimestra(?:l|is)\b/, 60],
  [/\btrimestra(?:l|is)\b/, 90],
  [/\bquadrimestra(?:l|is)\b/, 120],
  [/\bsemestra(?:l|is)\b/, 180],
  [/\banua(?:l|is)\b/, 365],
];

/** "3x na semana", "2 x por semana", "3x semana", "3 vezes por semana", "3x semanais" (slashes fold to spaces). */
const perWeek = /\b(\d+) ?(?:x|vezes)(?: (?:na|por|a|p))? ?semana(?:l|is)?\b/;
/** "PILATES 2X MENSAL": a lone 1X–7X that counts no classes is a weekly frequency. */
const timesAlone = /\b([1-7]) ?x\b(?! ?(?:aulas?|sessoes?|sessao)\b)/;
/** "12 meses", "1 mes": whole years are 365 days each, other months 30. */
const months = /\b(\d+) ?(?:mes|meses)\b/;
/** "10x aulas", "10 aulas", "pacote 10 aulas", "pacote de 10", "8 sessoes". */
const packCount = /\b(\d+) ?x? ?(?:aulas?|sessoes?|sessao)\b|\b(?:pacote|pack)(?: de| com)? (\d+)\b/;

function periodDays(name: string): number | null {
  for (const [pattern, days] of periods) if (pattern.test(name)) return days;
  const count = months.exec(name)?.[1];
  if (count === undefined) return null;
  const value = Number(count);
  return value > 0 && value % 12 === 0 ? (value / 12) * 365 : value * 30;
}

function positive(digits: string | undefined): number | null {
  const value = Number(digits);
  return digits !== undefined && value > 0 ? value : null;
}

/**
 * Reads family, sessions per week, period and pack size from a plan name, whatever its case, accents
 * or spacing. Periods: QUINZENAL 15, MENSAL 30, BIMESTRAL 60, TRIMESTRAL 90, QUADRIMESTRAL 120,
 * SEMESTRAL 180, ANUAL 365, "N MESES" N·30 (365 per whole year). Sessions per week from "NX NA SEMANA"
 * and its variants, or from a lone "2X" outside packs. Names matching no family are "outro".
 * Example: planFacts("CALISTENIA 3X NA SEMANA MENSAL") =
 * { family: "calistenia", sessionsPerWeek: 3, periodDays: 30, packSize: null }.
 */
export function planFacts(planName: string): PlanFacts {
  const name = foldText(planName);
  const family = familyPatterns.find(([, pattern]) => pattern.test(name))?.[0] ?? 'outro';
  const pack = family === 'pack' ? packCount.exec(name) : null;
  return {
    family,
    sessionsPerWeek: positive(perWeek.exec(name)?.[1] ?? (family === 'pack' ? undefined : timesAlone.exec(name)?.[1])),
    periodDays: periodDays(name),
    packSize: positive(pack?.[1] ?? pack?.[2]),
  };
}
