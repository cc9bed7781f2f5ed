/**
 * Tecnofit's `Código`, the client key, as a string of digits. It arrives as text ("1002", " 1002 "),
 * as a number cell (1002), or as a number shown with a decimal place ("1002.0" once converted to text).
 */
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { readNumberText } from './decimal.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

/**
 * The code as digits without leading zeros, so that text "01002" and number 1002 are the same client.
 * Text is read as a number (readNumberText): a zero decimal part is dropped ("1002.0", "1002,00"), and
 * "1.002" is pt-BR thousands grouping, 1002, as a number cell formatted "#.##0" exports it. Codes with
 * a non-zero decimal part ("1,002", "1002.5"), letters or a sign are invalid; "-" and empty are unknown
 * (the layout rejects rows whose required Código is unknown).
 * Examples: "1002.0" → "1002", 1002 → "1002", " 1002 " → "1002", "1.002" → "1002", "A1002" → invalid.
 */
export function parseCode(cell: Cell): ParseResult<string> {
  if (isBlank(cell)) return unknown();
  const reason = `código inválido: "${cellDisplay(cell).trim()}"`;
  if (cell.kind === 'number') {
    return Number.isSafeInteger(cell.value) && cell.value >= 0 ? parsed(String(cell.value)) : invalid(reason);
  }
  if (cell.kind !== 'text') return invalid(reason);
  const number = readNumberText(cell.text);
  if (!number || number.negative || /[^0]/.test(number.fraction ?? '') || /[()]/.test(cell.text)) return invalid(reason);
  return parsed(number.integer.replace(/^0+(?=\d)/, ''));
}
