/**
 * Payment component of health: 100 when paid within the billing cycle, minus 2 points per day late
 * beyond it; blocked: at most 50 − 2 per day blocked; an overdue payment takes 20 more. Clamped to
 * 0–100. Example: monthly plan, last payment 40 days ago → 100 − 2·10 = 80; blocked 5 days with an
 * overdue payment → 50 − 10 − 20 = 20.
 */
import { say } from '../../prompts/catalog.ts';
import type { ScoredSignals } from '../client-signals.ts';
import { clampScore, type ComponentScore } from './component-score.ts';

const file = 'reasons/health.md';

export function paymentScore(signals: ScoredSignals): ComponentScore {
  const parts: string[] = [];
  let score: number | null = null;
  if (signals.daysSincePayment !== null) {
    const cycle = signals.billingCycleDays ?? 30;
    const late = Math.max(0, signals.daysSincePayment - cycle);
    score = 100 - 2 * late;
    parts.push(late > 0 ? say(file, 'payment-late', { days: signals.daysSincePayment, cycle }) : say(file, 'payment-ok', { days: signals.daysSincePayment }));
  }
  if (signals.blocked) {
    const days = signals.blockedDays ?? 0;
    score = Math.min(score ?? 100, 50 - 2 * days);
    parts.push(signals.blockedDays === null ? say(file, 'payment-blocked-undated') : say(file, 'payment-blocked', { days }));
  }
  if (signals.overdueCents !== null && signals.overdueCents > 0) {
    score = (score ?? 100) - 20;
    parts.push(say(file, 'payment-overdue'));
  }
  if (score === null) return { score: null, explanation: say(file, 'payment-none') };
  return { score: clampScore(score), explanation: parts.join('; ') };
}
