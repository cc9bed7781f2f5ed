/**
 * Reads a what-if question in pt-BR into what the model needs: lever changes ("e se a renovação subir
 * 5 pontos e o ticket R$ 15?" → renewal +5, ticket +1 500 centavos) or a revenue goal and its month
 * ("o que preciso pra faturar R$ 60 mil em março?" → 6 000 000 centavos, the next March after asOf).
 * Reads the message as written (accents folded, case lowered), because "R$ 1.500,50" loses its meaning
 * once punctuation is gone. A question with neither is null: the command then shows how to ask.
 */
import type { LeverChanges, LeverId } from '../analytics/what-if/levers.ts';
import { addMonths, type CalendarDate } from '../domain/calendar-date.ts';
import { removeAccents } from '../domain/fold.ts';

export type WhatIfQuestion =
  | { kind: 'forward'; changes: LeverChanges }
  | { kind: 'inverse'; targetCents: number; month: CalendarDate };

/** Most specific first: "conversão de experimental" before "clientes". */
const leverWords: [LeverId, RegExp][] = [
  ['trialConversion', /experimenta/],
  ['gympassConversion', /gympass|totalpass|wellhub/],
  ['upsell', /upsell|upgrade|plano (?:maior|mais caro)|trocar de plano|subir de plano/],
  ['packsAndDropIns', /pacote|avuls|\bpacks?\b/],
  ['renewal', /renova/],
  ['ticket', /ticket|preco|mensalidade|valor do plano/],
  ['newClients', /alunos?|clientes?|matricula|trouxer|novos/],
];

const monthNames = ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const falling = /\b(?:cair|caia|cai|baixar|baixe|diminuir|diminua|reduzir|reduza|perder|perca|menos)\b/;

function numberIn(text: string): number | null {
  const match = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text);
  if (!match) return null;
  return Number(`${match[1]!.replace(/\./g, '')}.${match[2] ?? '0'}`);
}

/** "R$ 60 mil", "60k", "R$ 60.000,00", "60000" → centavos; the amount after "faturar"/"R$" when there is one. */
function moneyIn(text: string): number | null {
  const match = /(?:r\$\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(mil\b|k\b)?/.exec(text.slice(Math.max(0, text.search(/fatur|r\$|receita|meta/))));
  if (!match) return null;
  const reais = Number(`${match[1]!.replace(/\./g, '')}.${match[2] ?? '0'}`) * (match[3] ? 1000 : 1);
  return Math.round(reais * 100);
}

/** The month named in the text, as its next occurrence after the month of asOf; the next month when none is named. */
function monthIn(text: string, asOf: CalendarDate): CalendarDate {
  const next = addMonths(`${asOf.slice(0, 8)}01`, 1);
  for (const word of text.split(/[^a-z]+/)) {
    const index = monthNames.findIndex((name) => word === name || word === name.slice(0, 3));
    if (index < 0) continue;
    let month = next;
    while (Number(month.slice(5, 7)) !== index + 1) month = addMonths(month, 1);
    return month;
  }
  return next;
}

function changesIn(text: string): LeverChanges {
  const changes: LeverChanges = {};
  for (const clause of text.split(/\s+e\s+|,|;|\?/)) {
    const found = leverWords.find(([, words]) => words.test(clause));
    const amount = numberIn(clause);
    if (!found || amount === null) continue;
    const [lever] = found;
    const signed = falling.test(clause) ? -amount : amount;
    changes[lever] = lever === 'ticket' ? Math.round(signed * 100) : signed;
  }
  return changes;
}

export function parseWhatIfQuestion(message: string, asOf: CalendarDate): WhatIfQuestion | null {
  const text = removeAccents(message.toLowerCase()).replace(/\s+/g, ' ');
  const changes = changesIn(text);
  if (Object.keys(changes).length > 0) return { kind: 'forward', changes };
  if (!/fatur|receita|meta|chegar|bater/.test(text)) return null;
  const targetCents = moneyIn(text);
  return targetCents && targetCents > 0 ? { kind: 'inverse', targetCents, month: monthIn(text, asOf) } : null;
}
