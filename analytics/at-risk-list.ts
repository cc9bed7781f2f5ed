/**
 * "Quem está em risco hoje" (DOMAIN.md §2): clients of the active base with risk at or above the
 * studio's threshold (50 by default), ordered by risk × (1 + monthly value / median monthly value), so
 * that between two equally at-risk clients the one worth more to the studio comes first. Clients
 * contacted in the last days (3 by default) are listed apart, "em acompanhamento".
 * Example: risk 60 and R$ 380/month with a median of R$ 290 → 60 × (1 + 1,31) = 138,6.
 */
import { daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import type { StudioSettings } from '../db/studio-settings.ts';
import { medianMonthlyValue, type ClientScore } from './score-clients.ts';

/** What the list is ranked on; the reasons are only needed for the clients it shows. */
export type RankedScore = Pick<ClientScore, 'code' | 'status' | 'inBase' | 'risk' | 'monthlyValueCents' | 'lastContactedOn'>;

export interface AtRiskList<T extends RankedScore = ClientScore> {
  items: T[];
  followingUp: T[];
}

/** Built once: a collator costs far more to build than to use, and a list may compare thousands of codes. */
const codeOrder = new Intl.Collator('pt-BR', { numeric: true });

export function priority(score: Pick<ClientScore, 'risk' | 'monthlyValueCents'>, medianMonthly: number | null): number {
  if (score.monthlyValueCents === null || !medianMonthly) return score.risk;
  return score.risk * (1 + score.monthlyValueCents / medianMonthly);
}

/** Contacted within the last `followUpDays` days (DOMAIN.md §2): shown apart, "em acompanhamento". */
export function isFollowingUp(lastContactedOn: CalendarDate | null, asOf: CalendarDate, followUpDays: number): boolean {
  return lastContactedOn !== null && daysBetween(lastContactedOn, asOf) <= followUpDays;
}

/** `medianMonthly` is the median over all the day's clients; given when `scores` holds only some of them. */
export function atRiskList<T extends RankedScore>(
  scores: T[],
  settings: StudioSettings['risk'],
  asOf: CalendarDate,
  limit?: number,
  medianMonthly: number | null = medianMonthlyValue(scores),
): AtRiskList<T> {
  const atRisk = scores
    .filter((score) => score.inBase && score.risk >= settings.listThreshold)
    .sort((a, b) => priority(b, medianMonthly) - priority(a, medianMonthly) || codeOrder.compare(a.code, b.code));
  const recentlyContacted = (score: T) => isFollowingUp(score.lastContactedOn, asOf, settings.followUpDays);
  const items = atRisk.filter((score) => !recentlyContacted(score));
  return { items: limit === undefined ? items : items.slice(0, limit), followingUp: atRisk.filter(recentlyContacted) };
}
