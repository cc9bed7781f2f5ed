/** All the checks a text must pass before anyone reads it, in one call. */
import type { Fact } from '../fact.ts';
import type { Check } from './check.ts';
import { checkLength, type Channel } from './length-within-channel.ts';
import { checkNames } from './names-in-facts.ts';
import { checkNumbers } from './numbers-match-facts.ts';

export function checkText(of: Check['of'], text: string, facts: readonly Fact[], channel: Channel, studioPeople: ReadonlySet<string>): Check[] {
  return [checkNumbers(text, facts), checkNames(text, facts, studioPeople), checkLength(text, channel)].map((outcome) => ({ of, ...outcome }));
}
