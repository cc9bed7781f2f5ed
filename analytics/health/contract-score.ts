/**
 * Contract component of health, from how secure the next period is: a registered renewal 100; more
 * than 30 days left 100; 16–30 days 85; 8–15 days 65; 0–7 days 45; expired N days ago 30 − N (never
 * below 0). A contract awaiting acceptance for more than 2 days takes 15 points. Example: 10 days
 * left, acceptance pending 3 days → 65 − 15 = 50.
 */
import { say } from '../../prompts/catalog.ts';
import type { ScoredSignals } from '../client-signals.ts';
import { clampScore, type ComponentScore } from './component-score.ts';

const file = 'reasons/health.md';

function scoreForDaysLeft(days: number): number {
  if (days > 30) return 100;
  if (days > 15) return 85;
  if (days > 7) return 65;
  if (days >= 0) return 45;
  return 30 + days;
}

export function contractScore(signals: ScoredSignals): ComponentScore {
  if (signals.daysToExpiry === null && !signals.renewed) return { score: null, explanation: say(file, 'contract-none') };
  const parts: string[] = [];
  let score: number;
  if (signals.renewed) {
    score = 100;
    parts.push(say(file, 'contract-renewed'));
  } else {
    const days = signals.daysToExpiry!;
    score = scoreForDaysLeft(days);
    parts.push(days >= 0 ? say(file, 'contract-days-left', { days }) : say(file, 'contract-expired', { days: -days }));
  }
  if (signals.acceptancePendingDays !== null && signals.acceptancePendingDays > 2) {
    score -= 15;
    parts.push(say(file, 'contract-pending-acceptance', { days: signals.acceptancePendingDays }));
  }
  return { score: clampScore(score), explanation: parts.join('; ') };
}
