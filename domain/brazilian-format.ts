/**
 * How Brazilians write money, percentages and dates: R$ 1.234,56; 12,5 %; 20/11/2026. Built on Intl,
 * with plain spaces (Intl's no-break spaces look the same but break text matching and old phones).
 */
import type { CalendarDate } from './calendar-date.ts';

// Formatters are built once: building one costs a hundred times more than using it.
const currency = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const decimals = new Map<number, Intl.NumberFormat>();

/** formatNumber(1234.5) = "1.234,5"; at most `fractionDigits` decimals (default 2). */
export function formatNumber(value: number, fractionDigits = 2): string {
  // Small whole numbers ("há 5 dias") read the same in every locale, and Intl is slow for millions of them.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = decimals.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: fractionDigits });
    decimals.set(fractionDigits, format);
  }
  return format.format(value);
}

/** formatMoney(123456) = "R$ 1.234,56" (centavos in). */
export function formatMoney(cents: number): string {
  return currency.format(cents / 100).replace(/\s/g, ' ');
}

/** formatPercent(0.125) = "12,5 %"; one decimal at most. */
export function formatPercent(ratio: number, fractionDigits = 1): string {
  return `${formatNumber(ratio * 100, fractionDigits)} %`;
}

/** formatDate("2026-11-20") = "20/11/2026". */
export function formatDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
