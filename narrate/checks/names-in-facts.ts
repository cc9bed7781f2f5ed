/**
 * Every name in a text must be in the facts. Two rules, because a text has no tagged names:
 * a capitalised word that is the first name of any of the studio's people must be a name in the
 * facts (this catches a name at the start of a sentence); and a capitalised word inside a sentence
 * must be one of the facts' words or of the words the product itself uses. All-caps words are
 * acronyms ("MRR") unless they are someone's name.
 */
import { foldText } from '../../domain/fold.ts';
import type { Fact } from '../fact.ts';
import type { Check } from './check.ts';

type Outcome = Omit<Check, 'of'>;

/** Capitalised words the product's own texts use in the middle of a sentence. */
const productWords = ['Pulso', 'GYMPASS', 'Gympass', 'WhatsApp', 'Telegram', 'MRR', 'LGPD', 'Pix', 'PIX'];

const wordPattern = /\p{L}[\p{L}'’-]*/gu;

/** After the start of the text, a line break or . ! ? : (markup, quotes and spaces in between). */
function isSentenceStart(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && /[ \t*_•"“(\-–—]/u.test(text[before]!)) before--;
  return before < 0 || /[.!?:\n]/.test(text[before]!);
}

export function checkNames(text: string, facts: readonly Fact[], studioPeople: ReadonlySet<string>): Outcome {
  const factWords = new Set(
    facts.filter((fact) => fact.unit === 'name' || fact.unit === 'text').flatMap((fact) => fact.shown.match(wordPattern) ?? []).map(foldText),
  );
  const allowed = new Set([...factWords, ...productWords.map(foldText)]);
  const strangers = new Set<string>();
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    if (text[match.index + word.length] === '$') continue;
    if (word[0] === word[0]!.toLocaleLowerCase('pt-BR')) continue;
    const key = foldText(word);
    if (allowed.has(key)) continue;
    const acronym = word.length > 1 && word === word.toLocaleUpperCase('pt-BR');
    if (studioPeople.has(key) || (!acronym && !isSentenceStart(text, match.index))) strangers.add(word);
  }
  if (strangers.size === 0) return { name: 'names', passed: true };
  return { name: 'names', passed: false, detail: `nomes que não estão nos fatos: ${[...strangers].join(', ')}` };
}
