/**
 * An insight is something worth telling the owner before any words are chosen: what kind it is, what
 * it is about, whether it is good or bad news, how notable it is, and the facts its sentence states.
 * Each kind is one pure function in this folder; rank.ts picks the best three.
 */
import type { Fact } from '../fact.ts';

export type InsightKind = 'change' | 'anomaly' | 'contributor' | 'concentration' | 'record';
export type Sentiment = 'good' | 'bad' | 'neutral';

export interface Insight {
  kind: InsightKind;
  /** The measure it is about, e.g. "revenue-month-to-date". */
  subject: string;
  sentiment: Sentiment;
  /** Comparable across kinds: 1 is the threshold of being worth saying, 2 twice as notable. */
  strength: number;
  /** The sentence's key in prompts/insights.md; `facts` fill it. */
  textKey: string;
  facts: Fact[];
}

/** Whether a measure going up is good news (revenue, active clients) or bad news (blocked clients). */
export type Direction = 'up-is-good' | 'down-is-good';

export function sentimentOf(change: number, direction: Direction): Sentiment {
  if (change === 0) return 'neutral';
  return (change > 0) === (direction === 'up-is-good') ? 'good' : 'bad';
}
