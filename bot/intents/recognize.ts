/**
 * Intent recognition without an LLM: the normalised text against the rules (./rules.ts), staff rules
 * first for staff (a staff member may also say "bom dia"), lead rules only for everyone else, so an
 * unknown number can never reach a staff intent by wording alone. A miss is retried once with typos
 * corrected, at a lower confidence.
 */
import { normalizeText } from '../normalize.ts';
import { correctWords } from './fuzzy-words.ts';
import type { Recognition } from './intent.ts';
import { keywordVocabulary, leadRules, optOutMessages, staffRules, subjectOf, type IntentRule } from './rules.ts';

export type Audience = 'staff' | 'lead';

const correctedConfidence = 0.8;

function match(text: string, rules: readonly IntentRule[], confidence: number): Recognition | null {
  for (const rule of rules) {
    const pattern = rule.patterns.find((candidate) => candidate.test(text));
    if (!pattern) continue;
    const subject = rule.subject ? subjectOf(text, pattern) : undefined;
    return {
      intent: rule.intent,
      confidence,
      ...(subject ? { subject } : {}),
      ...(rule.outcome ? { outcome: rule.outcome } : {}),
      ...(rule.period ? { period: rule.period(text) } : {}),
    };
  }
  return null;
}

export function recognize(message: string, audience: Audience): Recognition {
  const text = normalizeText(message);
  if (optOutMessages.has(text)) return { intent: 'opt-out', confidence: 1 };
  const rules = audience === 'staff' ? [...staffRules, ...leadRules] : leadRules;
  const exact = match(text, rules, 1);
  if (exact) return exact;
  const { words, corrected } = correctWords(text.split(' '), keywordVocabulary);
  return (corrected > 0 && match(words.join(' '), rules, correctedConfidence)) || { intent: 'unknown', confidence: 0 };
}
