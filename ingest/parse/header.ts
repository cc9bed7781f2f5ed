/**
 * Header cells as comparison keys. A sheet is recognised by its header row, which exports spell with
 * or without accents, in any case and with stray punctuation ("CÓDIGO", "Código", "E-mail Validado").
 */
import { foldText } from '../../domain/fold.ts';

/**
 * Lower case, no accents, punctuation turned into spaces, spaces collapsed.
 * Examples: "CONTRATADAS POR SEMANA" → "contratadas por semana", "E-mail Validado" → "e mail validado",
 * "Continuidade (meses)" → "continuidade meses", "DISPONÍVEIS NA SEMANA" → "disponiveis na semana".
 */
export function normalizeHeader(text: string): string {
  return foldText(text);
}
