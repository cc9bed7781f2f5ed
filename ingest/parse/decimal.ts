/**
 * Numbers written the pt-BR way: decimal comma, dots grouping thousands ("1.234,5"), and "-" for
 * unknown. Counts such as "CONTRATADAS POR SEMANA" arrive as "2,0", continuity as "24,9".
 */
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

/** A number read from text, kept as digits so that money can be counted in exact centavos. */
export interface NumberText {
  negative: boolean;
  /** Digits before the decimal separator, grouping removed: "1.234,5" → "1234". */
  integer: string;
  /** Digits after the decimal separator, or null when there is none: "1.234,5" → "5". */
  fraction: string | null;
  /** Written with thousands grouping ("1.234", "1,234.50"). */
  grouped: boolean;
}

const signed = /^(?:(?<minus>[-−])\s*)?(?<body>[^-−]*)$/u;
const digitsOnly = /^(?<integer>\d+)$/;
/** pt-BR grouping: "1.234", "12.345.678,90". The first group never starts with 0 ("0.500" is a decimal). */
const brazilianGrouped = /^(?<integer>[1-9]\d{0,2}(?:\.\d{3})+)(?:,(?<fraction>\d+))?$/;
const commaDecimal = /^(?<integer>\d+),(?<fraction>\d+)$/;
/** en-US grouping, recognised only with its decimal part: "1,234.56" (a bare "1,234" is pt-BR 1,234). */
const englishGrouped = /^(?<integer>[1-9]\d{0,2}(?:,\d{3})+)\.(?<fraction>\d+)$/;
const dotDecimal = /^(?<integer>\d+)\.(?<fraction>\d+)$/;

/**
 * Reads a number written as text. Rules, in order:
 * - a leading "-" or parentheses make it negative: "-10,5", "(10,5)";
 * - "1.234" and "1.234.567,89": dots followed by groups of exactly three digits group thousands;
 * - "1234,5": the comma is the decimal separator;
 * - "1,234.56": en-US grouping, only when a dot decimal follows the comma groups;
 * - "1234.56", "1.5", "0.500", "1002.0": any other single dot is a decimal point.
 * Anything else (letters, two decimal separators, a symbol) gives null.
 * Example: readNumberText("(1.234,50)") = { negative: true, integer: "1234", fraction: "50", grouped: true }.
 */
export function readNumberText(text: string): NumberText | null {
  let body = text.trim();
  let negative = false;
  const inParentheses = /^\((?<inner>.*)\)$/su.exec(body);
  if (inParentheses) {
    negative = true;
    body = (inParentheses.groups?.inner ?? '').trim();
  }
  const sign = signed.exec(body);
  if (!sign?.groups) return null;
  if (sign.groups.minus !== undefined) {
    if (negative) return null;
    negative = true;
  }
  body = sign.groups.body ?? '';
  for (const [pattern, grouped] of [
    [digitsOnly, false],
    [brazilianGrouped, true],
    [commaDecimal, false],
    [englishGrouped, true],
    [dotDecimal, false],
  ] as const) {
    const match = pattern.exec(body)?.groups;
    if (match?.integer !== undefined) {
      return { negative, integer: match.integer.replace(/[.,]/g, ''), fraction: match.fraction ?? null, grouped };
    }
  }
  return null;
}

/** The value of a NumberText as a JavaScript number. */
function numberValue(number: NumberText): number {
  const magnitude = Number(`${number.integer}.${number.fraction ?? '0'}`);
  return number.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * A decimal number: number cells as they are, text by readNumberText, "-" and empty as unknown.
 * Examples: "0,0" → 0, "9,9" → 9.9, "1.234,5" → 1234.5, "abc" → invalid.
 */
export function parseDecimal(cell: Cell): ParseResult<number> {
  if (isBlank(cell)) return unknown();
  if (cell.kind === 'number' && Number.isFinite(cell.value)) return parsed(cell.value);
  if (cell.kind === 'text') {
    const number = readNumberText(cell.text);
    if (number) return parsed(numberValue(number));
  }
  return invalid(`número inválido: "${cellDisplay(cell).trim()}"`);
}

/** A whole number, also when written with a zero decimal part: 13, "13", "13,0" → 13; "13,5" → invalid. */
export function parseInteger(cell: Cell): ParseResult<number> {
  const result = parseDecimal(cell);
  if (!result.ok || result.value === null || Number.isInteger(result.value)) return result;
  return invalid(`número inteiro inválido: "${cellDisplay(cell).trim()}"`);
}
