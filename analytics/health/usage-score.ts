/**
 * Usage component of health: the usage pace as a percentage, capped at 100 (ahead of pace is simply
 * healthy). Without a class balance, the frequency report's presences / (presences + absences).
 * Example: pace 0,46 → 46; 6 presences and 2 absences → 75.
 */
import { formatPercent } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { AttendanceCounts } from '../client-facts.ts';
import type { ScoredSignals } from '../client-signals.ts';
import type { ComponentScore } from './component-score.ts';

export function usageScore(signals: ScoredSignals, facts: { attendance: AttendanceCounts | null }): ComponentScore {
  if (signals.pace) {
    const { pace, used, expected } = signals.pace;
    return { score: Math.min(100, Math.round(pace * 100)), explanation: say('reasons/health.md', 'usage-pace', { percent: formatPercent(pace, 0), used, expected }) };
  }
  const presences = facts.attendance?.presences ?? null;
  const absences = facts.attendance?.absences ?? null;
  if (presences !== null && absences !== null && presences + absences > 0) {
    return { score: Math.round((presences / (presences + absences)) * 100), explanation: say('reasons/health.md', 'usage-attendance', { presences, absences }) };
  }
  return { score: null, explanation: say('reasons/health.md', 'usage-none') };
}
