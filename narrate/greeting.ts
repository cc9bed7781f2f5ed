/** "Bom dia", "Boa tarde" or "Boa noite" for an hour (0–23) of the studio's clock. */
import { say } from '../prompts/catalog.ts';

export function greeting(hour: number): string {
  if (hour >= 5 && hour < 12) return say('greetings.md', 'morning');
  if (hour >= 12 && hour < 18) return say('greetings.md', 'afternoon');
  return say('greetings.md', 'evening');
}
