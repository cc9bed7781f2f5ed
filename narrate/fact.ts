/**
 * A fact is one value the product may state, with its unit and the exact way it is shown in pt-BR.
 * Templates print `shown`; the LLM receives facts (never rows) and its text is checked against them,
 * so every number anyone reads traces back to a fact.
 */
import type { CalendarDate } from '../domain/calendar-date.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../domain/brazilian-format.ts';

export type FactUnit = 'money' | 'count' | 'percent' | 'number' | 'date' | 'name' | 'text';

export interface Fact {
  key: string;
  unit: FactUnit;
  /** Centavos for money, a ratio for percent (0.125 = 12,5 %), ISO for dates. */
  value: number | string;
  shown: string;
}

export const money = (key: string, cents: number): Fact => ({ key, unit: 'money', value: cents, shown: formatMoney(cents) });
export const count = (key: string, value: number): Fact => ({ key, unit: 'count', value, shown: formatNumber(value, 0) });
/** A plain measure such as a risk score or a z-score: shown with at most `fractionDigits` decimals. */
export const measure = (key: string, value: number, fractionDigits = 1): Fact => ({ key, unit: 'number', value, shown: formatNumber(value, fractionDigits) });
export const percent = (key: string, ratio: number, fractionDigits = 1): Fact => ({ key, unit: 'percent', value: ratio, shown: formatPercent(ratio, fractionDigits) });
export const date = (key: string, value: CalendarDate): Fact => ({ key, unit: 'date', value, shown: formatDate(value) });
/** A person's first name: the most of a person any narration may carry. */
export const name = (key: string, firstName: string): Fact => ({ key, unit: 'name', value: firstName, shown: firstName });
export const text = (key: string, value: string): Fact => ({ key, unit: 'text', value, shown: value });

/**
 * The values a template is filled with: counts stay numbers (so "{{n:cliente:clientes}}" can choose
 * the word), everything else is its shown text.
 */
export function templateValues(facts: Fact[]): Record<string, string | number> {
  return Object.fromEntries(facts.map((fact) => [fact.key, fact.unit === 'count' ? (fact.value as number) : fact.shown]));
}
