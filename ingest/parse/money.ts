/**
 * Money in integer centavos. Exports write it as currency cells (a number in reais with an "R$"
 * format), as text "R$ 1.234,56", "1234,56" or "1234.56", or as integer centavos ("38000" =
 * R$ 380,00; GYMPASS rows read "000", a real zero: nothing was paid through the studio). A bare
 * integer is ambiguous ("380" reais or "38000" centavos?), so each column's unit is decided once from
 * all its values by decideMoneyUnit, and the decision is shown in the import report.
 */
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { readNumberText } from './decimal.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

/** What a column's bare integers count: reais ("380") or centavos ("38000"). */
export type MoneyUnit = 'reais' | 'centavos';

/** How one cell is written: a bare integer (digits only, no separator, no currency mark) or an explicit amount. */
type MoneyReading =
  | { form: 'bare'; digits: string; negative: boolean }
  | { form: 'explicit'; centavos: number }
  | { form: 'invalid'; reason: string };

const currencySymbol = /R\$|\$|¤|€|£/giu;
/** A number format that shows reais: a currency symbol, decimal places ("0.00") or thousands grouping ("#,##0"). */
const reaisFormat = /[$¤€£]|0[.,]0|#[.,]#/u;

function quote(cell: Cell): string {
  return `"${cellDisplay(cell).trim()}"`;
}

function readMoney(cell: Cell): MoneyReading {
  if (cell.kind === 'number') {
    if (!Number.isFinite(cell.value)) return { form: 'invalid', reason: `valor inválido: ${quote(cell)}` };
    if (Number.isInteger(cell.value) && !(cell.format !== undefined && reaisFormat.test(cell.format))) {
      return { form: 'bare', digits: String(Math.abs(cell.value)), negative: cell.value < 0 };
    }
    return { form: 'explicit', centavos: Math.round(cell.value * 100) };
  }
  if (cell.kind !== 'text') return { form: 'invalid', reason: `valor inválido: ${quote(cell)}` };
  const withoutSymbol = cell.text.replace(currencySymbol, ' ');
  const hasSymbol = withoutSymbol !== cell.text;
  // Excel's accounting format writes zero as "R$ -".
  if (hasSymbol && /^[\s\-–—]+$/u.test(withoutSymbol)) return { form: 'explicit', centavos: 0 };
  const number = readNumberText(withoutSymbol);
  if (!number) return { form: 'invalid', reason: `valor inválido: ${quote(cell)}` };
  if (!hasSymbol && !number.grouped && number.fraction === null) {
    return { form: 'bare', digits: number.integer, negative: number.negative };
  }
  const fraction = number.fraction ?? '';
  if (fraction.length > 2) return { form: 'invalid', reason: `valor com mais de duas casas decimais: ${quote(cell)}` };
  const centavos = Number(number.integer) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(centavos)) return { form: 'invalid', reason: `valor inválido: ${quote(cell)}` };
  return { form: 'explicit', centavos: number.negative && centavos !== 0 ? -centavos : centavos };
}

/**
 * An amount in centavos. Explicit amounts are always reais: currency cells and fractional numbers
 * (Math.round(value * 100)), text with "R$", a decimal separator or thousands grouping ("R$ 1.234,56",
 * "1234,56", "1234.56" → 123456; "1.234" → 123400, see readNumberText for the dot rule). Only bare
 * integers ("38000", 38000 in a General-format cell) follow `unit`. "-R$ 10,00", "R$ -10,00" and
 * "(10,00)" are negative (the layout decides whether a negative is acceptable); "R$ -" is Excel's
 * accounting zero; "-" and empty are unknown.
 * Examples: parseMoney("38000", "centavos") = 38000; parseMoney("380", "reais") = 38000; "000" = 0.
 */
export function parseMoney(cell: Cell, unit: MoneyUnit): ParseResult<number> {
  if (isBlank(cell)) return unknown();
  const reading = readMoney(cell);
  switch (reading.form) {
    case 'invalid':
      return invalid(reading.reason);
    case 'explicit':
      return parsed(reading.centavos);
    case 'bare': {
      const magnitude = Number(reading.digits) * (unit === 'centavos' ? 1 : 100);
      if (!Number.isSafeInteger(magnitude)) return invalid(`valor inválido: ${quote(cell)}`);
      return parsed(reading.negative && magnitude !== 0 ? -magnitude : magnitude);
    }
  }
}

/** A column's bare integers count centavos when at least this share of the non-zero ones ends in "00"... */
const roundShare = 0.8;
/** ...and their median is at least this (R$ 10,00 as centavos, while few prices under 1000 reais end in 00)... */
const roundMedian = 1_000;
/** ...or, whatever their endings, when their median is at least this: R$ 100,00 as centavos is an ordinary price, 10 mil reais is not. */
const largeMedian = 10_000;

/** The lower median, so that it is always one of the values. */
function lowerMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Decides what a column's bare integers count, from all its cells:
 * 1. Blank and unreadable cells do not vote. When explicit amounts ("R$ 380,00", "380,00", currency
 *    cells) are at least as many as bare integers, the column is in reais: that is how it writes money.
 * 2. Otherwise the bare integers decide, zeros left out (zero is zero in either unit): centavos when at
 *    least 80% of them end in "00" and their median is at least 1000 ("38000", "29000", "150000"), or
 *    when their median is at least 10000 whatever the endings ("14990", "29990": R$ 149,90 is a price,
 *    R$ 14.990 is not). A reais column such as "380", "290", "1570" stays in reais.
 * The reason is pt-BR, for the import report, and says when the column mixes both ways of writing.
 * Example: ["38000", "29000", "000", "-"] → centavos, "valores inteiros sem separador terminados em 00
 * (100%, mediana 29000, ex.: 38000): lidos como centavos".
 */
export function decideMoneyUnit(cells: Cell[]): { unit: MoneyUnit; reason: string } {
  const bare: { cell: Cell; value: number; digits: string }[] = [];
  const explicit: Cell[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const reading = readMoney(cell);
    if (reading.form === 'bare') bare.push({ cell, value: Number(reading.digits), digits: reading.digits });
    else if (reading.form === 'explicit') explicit.push(cell);
  }
  const voters = bare.length + explicit.length;
  const shown = (cell: Cell) => cellDisplay(cell).trim();

  const [firstExplicit] = explicit;
  if (firstExplicit && explicit.length >= bare.length) {
    const mix = bare.length === 0 ? '' : ` (coluna mista, decidido pela maioria: ${bare.length} de ${voters} valores são inteiros sem separador e também são lidos como reais)`;
    return { unit: 'reais', reason: `valores com R$, separador decimal ou de milhar (ex.: ${shown(firstExplicit)}): lidos como reais${mix}` };
  }
  const nonZero = bare.filter((entry) => entry.value !== 0);
  const [example] = nonZero;
  if (!example) {
    return { unit: 'reais', reason: voters === 0 ? 'coluna sem valores legíveis: lida como reais' : 'valores inteiros todos zero: lidos como zero' };
  }
  const median = lowerMedian(nonZero.map((entry) => entry.value));
  const round = nonZero.filter((entry) => entry.digits.endsWith('00')).length / nonZero.length;
  const mix = explicit.length === 0 ? '' : ` (coluna mista, decidido pela maioria: ${explicit.length} de ${voters} valores têm R$ ou separador e são lidos como reais)`;
  if (round >= roundShare && median >= roundMedian) {
    return {
      unit: 'centavos',
      reason: `valores inteiros sem separador terminados em 00 (${percent(round)}, mediana ${median}, ex.: ${shown(example.cell)}): lidos como centavos${mix}`,
    };
  }
  if (median >= largeMedian) {
    return {
      unit: 'centavos',
      reason: `valores inteiros sem separador com mediana ${median}, alta demais para reais (ex.: ${shown(example.cell)}): lidos como centavos${mix}`,
    };
  }
  return {
    unit: 'reais',
    reason: `valores inteiros sem separador com mediana ${median} e ${percent(round)} terminados em 00 (ex.: ${shown(example.cell)}): lidos como reais${mix}`,
  };
}
