/**
 * Every number in a text must be a fact: amounts ("R$ 1.234,56"), percentages ("12,5 %"), dates
 * ("20/11/2026", "20/11") and plain numbers, in digits or in words ("três"). Allowed rounding is the
 * rounding the templates themselves use: money to the centavo or to whole reais, percentages to one
 * decimal or none, measures to one decimal or none. Names and texts are taken out first, so a client
 * called "Turma 2" or "escreva 100%" is checked as a name, not as a number; numbers inside the facts'
 * own texts (a risk reason's "bloqueado há 12 dias") are facts too, but never those inside a name.
 * A list's numbering ("1. Carla") is not a claim and is not checked.
 */
import type { Fact } from '../fact.ts';
import type { Check } from './check.ts';

type Outcome = Omit<Check, 'of'>;

const numberWords: Record<string, number> = {
  zero: 0, dois: 2, duas: 2, 'três': 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
  onze: 11, doze: 12, treze: 13, quatorze: 14, catorze: 14, quinze: 15, dezesseis: 16, dezessete: 17,
  dezoito: 18, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, cem: 100,
};

type Token =
  | { kind: 'money'; cents: number; text: string }
  | { kind: 'percent'; value: number; text: string }
  | { kind: 'date'; day: number; month: number; year: number | null; text: string }
  | { kind: 'number'; value: number; text: string };

const brazilianNumber = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const tokenPattern = new RegExp(
  [
    String.raw`(?<money>R\$\s?-?(?:${brazilianNumber}))`,
    String.raw`(?<date>\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)`,
    String.raw`(?<percent>-?(?:${brazilianNumber})\s?%)`,
    String.raw`(?<number>(?<![\p{L}\d])(?:${brazilianNumber})(?![\p{L}\d]))`,
    String.raw`(?<word>(?<![\p{L}])(?:${Object.keys(numberWords).join('|')})(?![\p{L}]))`,
  ].join('|'),
  'giu',
);

function parseNumber(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

export function numbersIn(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const groups = match.groups!;
    if (groups.money) tokens.push({ kind: 'money', cents: Math.round(Math.abs(parseNumber(groups.money)) * 100), text: groups.money });
    else if (groups.date) {
      const [day, month, year] = groups.date.split('/').map(Number) as [number, number, number | undefined];
      tokens.push({ kind: 'date', day, month, year: year === undefined ? null : year < 100 ? 2000 + year : year, text: groups.date });
    } else if (groups.percent) tokens.push({ kind: 'percent', value: Math.abs(parseNumber(groups.percent)), text: groups.percent });
    else if (groups.number) tokens.push({ kind: 'number', value: parseNumber(groups.number), text: groups.number });
    else if (groups.word) tokens.push({ kind: 'number', value: numberWords[groups.word.toLowerCase()]!, text: groups.word });
  }
  return tokens;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function roundings(value: number): number[] {
  return [value, rounded(value, 1), rounded(value, 0)];
}

function matches(token: Token, fact: Fact): boolean {
  if (fact.unit === 'name' || fact.unit === 'text') return false;
  if (fact.unit === 'date') {
    const [year, month, day] = String(fact.value).split('-').map(Number);
    if (token.kind === 'date') return token.day === day && token.month === month && (token.year === null || token.year === year);
    return token.kind === 'number' && (token.value === day || token.value === year);
  }
  const value = Math.abs(Number(fact.value));
  if (fact.unit === 'money') {
    return token.kind === 'money' && (token.cents === value || token.cents === Math.round(value / 100) * 100);
  }
  // An amount needs its "R$" and a percentage its "%": a bare 13 is not "12,5 %" rounded.
  if (fact.unit === 'percent') return token.kind === 'percent' && roundings(value * 100).some((option) => near(option, token.value));
  if (token.kind === 'number') return roundings(value).some((option) => near(option, token.value));
  return false;
}

/** Takes the facts' names out of the text, longest first, so digits inside a name are not read as numbers. */
export function withoutNames(text: string, facts: readonly Fact[]): string {
  const names = facts.filter((fact) => fact.unit === 'name' || fact.unit === 'text').map((fact) => fact.shown).filter(Boolean);
  return names.sort((a, b) => b.length - a.length).reduce((rest, shown) => rest.split(shown).join(' '), text);
}

const listNumbering = /^([ \t*_]*)\d{1,2}[.)](?=\s)/gm;

/** The numbers written inside text facts, as facts of their own. */
function numbersOfTexts(facts: readonly Fact[]): Fact[] {
  return facts
    .filter((fact) => fact.unit === 'text')
    .flatMap((fact) => numbersIn(fact.shown))
    .map((token): Fact => {
      if (token.kind === 'money') return { key: token.text, unit: 'money', value: token.cents, shown: token.text };
      if (token.kind === 'percent') return { key: token.text, unit: 'percent', value: token.value / 100, shown: token.text };
      if (token.kind === 'date') return { key: token.text, unit: 'count', value: token.day, shown: token.text };
      return { key: token.text, unit: 'number', value: token.value, shown: token.text };
    });
}

export function checkNumbers(text: string, facts: readonly Fact[]): Outcome {
  const known = [...facts, ...numbersOfTexts(facts)];
  const unknown = numbersIn(withoutNames(text, facts).replace(listNumbering, '$1')).filter((token) => !known.some((fact) => matches(token, fact)));
  if (unknown.length === 0) return { name: 'numbers', passed: true };
  return { name: 'numbers', passed: false, detail: `números que não estão nos fatos: ${unknown.map((token) => `"${token.text}"`).join(', ')}` };
}
