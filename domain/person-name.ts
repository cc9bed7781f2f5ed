/**
 * People's names as Tecnofit writes them: upper case with the registration number at the end
 * ("BRUNO LIMA 91"), while the frequency report writes "Bruno Lima". One form matches names across
 * reports; the other is what staff and messages show.
 */
import { removeAccents } from './fold.ts';

/** Particles written in lower case inside a name: "Maria das Dores de Souza". */
const particles = new Set(['da', 'das', 'de', 'do', 'dos', 'e']);
const romanNumerals = new Set(['ii', 'iii', 'iv']);

/** Trimmed, spaces collapsed, NFC, the trailing registration number removed: "BRUNO LIMA 91" → "BRUNO LIMA". */
function withoutNumber(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(/(?<=\S) \d+$/u, '');
}

/**
 * The key that matches one person across reports: upper case, no accents, apostrophes dropped, other
 * punctuation as spaces, spaces collapsed, trailing number removed.
 * Examples: "BRUNO LIMA 91" and "Bruno Lima" → "BRUNO LIMA"; "Antônio D'Ávila-Gomes" → "ANTONIO DAVILA GOMES".
 */
export function normalizeName(text: string): string {
  const folded = removeAccents(text)
    .toLocaleUpperCase('pt-BR')
    .replace(/['’`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return withoutNumber(folded);
}

function capitalize(part: string): string {
  return part.charAt(0).toLocaleUpperCase('pt-BR') + part.slice(1);
}

function titleWord(word: string, index: number): string {
  const lower = word.toLocaleLowerCase('pt-BR');
  if (index > 0 && particles.has(lower)) return lower;
  if (romanNumerals.has(lower)) return lower.toLocaleUpperCase('pt-BR');
  return lower.split(/(?<=[-'’])/u).map(capitalize).join('');
}

/**
 * A person's name for display, accents kept. Names written all in upper (or all in lower) case get
 * title case with lower-case particles (da, das, de, do, dos, e); names already in mixed case are kept
 * as typed, because their owner chose it. The trailing registration number is removed.
 * Examples: "BRUNO LIMA 91" → "Bruno Lima", "MARIA DAS DORES DE SOUZA" → "Maria das Dores de Souza",
 * "ANTÔNIO GOMES 78" → "Antônio Gomes", "ANA-LUÍZA D'ÁVILA" → "Ana-Luíza D'Ávila".
 */
export function displayName(text: string): string {
  const name = withoutNumber(text);
  const mixedCase = name !== name.toLocaleUpperCase('pt-BR') && name !== name.toLocaleLowerCase('pt-BR');
  if (mixedCase) return name;
  return name.split(' ').map(titleWord).join(' ');
}

/** The first name, as displayName writes it: "ANTÔNIO GOMES 78" → "Antônio"; "" → "". */
export function firstName(text: string): string {
  return displayName(text).split(' ')[0] ?? '';
}
