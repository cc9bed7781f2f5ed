/**
 * Yes/no columns ("E-mail válido", "E-mail Validado"): Tecnofit writes "Sim"/"Não"; other exports
 * write "S"/"N", "true"/"false", 1/0 or real boolean cells.
 */
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { foldText } from '../../domain/fold.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

const answers = new Map<string, boolean>([
  ['sim', true], ['s', true], ['yes', true], ['y', true], ['true', true], ['verdadeiro', true], ['1', true],
  ['nao', false], ['n', false], ['no', false], ['false', false], ['falso', false], ['0', false],
]);

/**
 * Sim/Não, case-, accent- and spacing-insensitive; "-" and empty are unknown.
 * Examples: "Sim" → true, "NÃO" → false, "nao" → false, 1 → true, "talvez" → invalid.
 */
export function parseYesNo(cell: Cell): ParseResult<boolean> {
  if (isBlank(cell)) return unknown();
  if (cell.kind === 'boolean') return parsed(cell.value);
  if (cell.kind === 'text' || cell.kind === 'number') {
    const answer = answers.get(foldText(cellDisplay(cell)));
    if (answer !== undefined) return parsed(answer);
  }
  return invalid(`valor sim/não inválido: "${cellDisplay(cell).trim()}" (esperado: Sim ou Não)`);
}
