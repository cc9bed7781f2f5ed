/**
 * Text folding for comparisons: exports write the same word as "EXCLUÍDO", "Excluido" or "excluído",
 * and a header or a status must be recognised in every spelling.
 */

/** Drops diacritics and keeps the letters: removeAccents("Conceição") = "Conceicao". */
export function removeAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * The comparison key of a short label: compatibility forms folded (NFKD: "º" → "o", "ﬁ" → "fi"),
 * accents dropped, lower case, every run of non-letters and non-digits turned into one space, trimmed.
 * Example: foldText("  Sem-Contrato ") = "sem contrato".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
