/**
 * Typo-tolerant keywords: a word that is not in the vocabulary is replaced by the single vocabulary
 * word closest to it within Damerau–Levenshtein distance 1 (from 4 letters) or 2 (from 8), so
 * "riscoo", "bloqueadso" and "vencimentso" reach their rules; on a tie the vocabulary's first word wins
 * (they are forms of one keyword: "bloqueado", "bloqueados"). Words under 4 letters and words with
 * digits are left alone: "dia" must not become "dica", nor "87" anything.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distance = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(distance[i - 1]![j]! + 1, distance[i]![j - 1]! + 1, distance[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, distance[i - 2]![j - 2]! + 1);
      distance[i]![j] = best;
    }
  }
  return distance[a.length]![b.length]!;
}

function tolerance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

export function correctWords(words: readonly string[], vocabulary: ReadonlySet<string>): { words: string[]; corrected: number } {
  let corrected = 0;
  const result = words.map((word) => {
    const allowed = tolerance(word);
    if (vocabulary.has(word) || allowed === 0 || /\d/.test(word)) return word;
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = editDistance(word, candidate);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    if (best === null || bestDistance > allowed) return word;
    corrected++;
    return best;
  });
  return { words: result, corrected };
}
