/**
 * The ways a Tecnofit export writes a value, one function per way: real date cells and text dates,
 * currency cells, "R$ 1.234,56" text, plain "1234,56", integer centavos, decimal commas, "-" for
 * unknown. Each column of each sheet picks one and sticks to it, as a real export does.
 */
import type { CellObject } from 'xlsx';
import { toEpochDay, type CalendarDate } from '../../domain/calendar-date.ts';
import type { StudioTime } from '../studio-records.ts';

/** Days between Excel's epoch (1899-12-30) and 1970-01-01. */
const excelEpochOffset = 25_569;

export function text(value: string): CellObject {
  return { t: 's', v: value };
}

/** "-": Tecnofit's unknown. */
export function unknown(): CellObject {
  return text('-');
}

export function integer(value: number): CellObject {
  return { t: 'n', v: value };
}

/** A number cell formatted "0.0", so client 1002 reads "1002.0". */
export function decimalCode(code: number): CellObject {
  return { t: 'n', v: code, z: '0.0' };
}

/** A real Excel date cell shown as dd/mm/yyyy. */
export function dateCell(date: CalendarDate): CellObject {
  return { t: 'n', v: toEpochDay(date) + excelEpochOffset, z: 'dd/mm/yyyy' };
}

/** "2026-11-23" → "23/11/2026". */
export function brazilianDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function clock(secondOfDay: number, withSeconds: boolean): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const hm = `${two(Math.floor(secondOfDay / 3600))}:${two(Math.floor(secondOfDay / 60) % 60)}`;
  return withSeconds ? `${hm}:${two(secondOfDay % 60)}` : hm;
}

export function textDate(date: CalendarDate): CellObject {
  return text(brazilianDate(date));
}

/** "23/11/2026 14:05" or, with seconds, "23/11/2026 14:05:09". */
export function textDateTime(time: StudioTime, withSeconds: boolean): CellObject {
  return text(`${brazilianDate(time.date)} ${clock(time.secondOfDay, withSeconds)}`);
}

/** "Aceito em 23/11/2026 14:05". */
export function acceptedText(time: StudioTime): CellObject {
  return text(`Aceito em ${brazilianDate(time.date)} ${clock(time.secondOfDay, false)}`);
}

/** A number cell in reais with the "R$" currency format. */
export function currency(centavos: number): CellObject {
  return { t: 'n', v: centavos / 100, z: '"R$" #,##0.00' };
}

function reais(centavos: number, thousands: string): string {
  const whole = Math.floor(centavos / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole},${String(centavos % 100).padStart(2, '0')}`;
}

/** "R$ 1.234,56" as text. */
export function reaisText(centavos: number): CellObject {
  return text(`R$ ${reais(centavos, '.')}`);
}

/** "1234,56" as text: no symbol, no thousands separator. */
export function plainDecimal(centavos: number): CellObject {
  return text(reais(centavos, ''));
}

/** "38000" for R$ 380,00; aggregator rows, which pay nothing through the studio, read "000". */
export function centavosText(centavos: number): CellObject {
  return text(centavos === 0 ? '000' : String(centavos));
}

/** "2,0": a count written with a decimal comma. */
export function decimalComma(value: number, digits: number): CellObject {
  return text(value.toFixed(digits).replace('.', ','));
}
