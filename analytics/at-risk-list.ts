/**
 * "Quem está em risco hoje" (DOMAIN.md §2): clients of the active base with risk at or above the
 * studio's threshold (50 by default), ordered by risk × (1 + monthly value / median monthly value), so
 * that between two equally at-risk clients the one worth more to the studio comes first. Clients
 * contacted in the last days (3 by default) are listed apart, "em acompanhamento".
 * Example: risk 60 and R$ 380/month with a median of R$ 290 → 60 × (1 + 1,31) = 138,6.
 */
import { daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import type { StudioSettings } from '../db/studio-settings.ts';
import { median } from './median.ts';
import type { ClientScore } from './score-clients.ts';

export interface AtRiskList {
  items: ClientScore[];
  followingUp: ClientScore[];
}

export function priority(score: Pick<ClientScore, 'risk' | 'monthlyValueCents'>, medianMonthly: number | null): number {
  if (score.monthlyValueCents === null || !medianMonthly) return score.risk;
  return score.risk * (1 + score.monthlyValueCents / medianMonthly);
}

export function atRiskList(scores: ClientScore[], settings: StudioSettings['risk'], asOf: CalendarDate, limit?: number): AtRiskList {
  const medianMonthly = median(scores.filter((score) => score.status === 'Ativo' && score.monthlyValueCents !== null).map((score) => score.monthlyValueCents!));
  const atRisk = scores
    .filter((score) => score.inBase && score.risk >= settings.listThreshold)
    .sort((a, b) => priority(b, medianMonthly) - priority(a, medianMonthly) || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }));
  const recentlyContacted = (score: ClientScore) => score.lastContactedOn !== null && daysBetween(score.lastContactedOn, asOf) <= settings.followUpDays;
  const items = atRisk.filter((score) => !recentlyContacted(score));
  return { items: limit === undefined ? items : items.slice(0, limit), followingUp: atRisk.filter(recentlyContacted) };
}
