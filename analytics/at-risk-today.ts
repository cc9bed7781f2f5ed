/**
 * The at-risk list of a date as `pulso risk` and the front desk see it: read from the day's stored
 * snapshot when the day was scored (the daily job, `pulso score`), ranked on the stored risk, and only
 * the clients shown explained again, with the settings the day was scored with. A day never scored
 * is computed on the spot, without storing it.
 */
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { atRiskList, type AtRiskList } from './at-risk-list.ts';
import { computeDailySnapshot } from './daily-snapshot.ts';
import { loadStoredDay } from './queries/stored-scores.ts';
import { explainScore } from './score-clients.ts';

export async function atRiskOn(db: PulsoDb, studio: Studio, asOf: CalendarDate, limit?: number): Promise<AtRiskList> {
  const settings = studio.settings.risk;
  const stored = await loadStoredDay(db, studio.id, asOf, { atRiskFrom: settings.listThreshold });
  if (!stored) {
    const snapshot = await computeDailySnapshot(db, studio, asOf);
    return atRiskList(snapshot.scores, settings, asOf, limit);
  }
  const { scoringSettings, medianMonthlyValueCents } = stored;
  const list = atRiskList(stored.scores, settings, asOf, limit, medianMonthlyValueCents);
  const explain = (scores: typeof stored.scores) => scores.map((score) => explainScore(score, medianMonthlyValueCents, scoringSettings));
  return { items: explain(list.items), followingUp: explain(list.followingUp) };
}
