/**
 * The clients a playbook fits today, read from the day's stored snapshot: each with the reasons, the
 * ready message, the phone to reach them and the dates their follow-ups count from. Clients contacted
 * within the studio's follow-up days are marked, so the desk is not asked to call them again.
 */
import { inArray, and, eq } from 'drizzle-orm';
import { isFollowingUp } from '../../analytics/at-risk-list.ts';
import type { PlaybookId } from '../../analytics/playbook.ts';
import { trialsWithoutPlan } from '../../analytics/queries/client-facts.ts';
import { loadStoredDay } from '../../analytics/queries/stored-scores.ts';
import { explainScore } from '../../analytics/score-clients.ts';
import type { PulsoDb } from '../../db/database.ts';
import { customers } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { addDays, type CalendarDate } from '../../domain/calendar-date.ts';
import { playbookMessage } from '../../narrate/playbook-message.ts';

export interface PlaybookClient {
  customerId: number;
  code: string;
  name: string | null;
  phone: string | null;
  playbook: PlaybookId;
  risk: number;
  reasons: string[];
  message: string | null;
  /** The contract's end, for expiry reminders (one per contract end). */
  contractEndsOn: CalendarDate | null;
  /** When the contract started waiting for acceptance (one resend per contract). */
  acceptancePendingSince: CalendarDate | null;
  /** The trial class day, from which trial follow-ups count D+1, D+3, D+7. */
  trialOn: CalendarDate | null;
  followingUp: boolean;
}

/** Null when the day has not been scored. */
export async function playbookClients(db: PulsoDb, studio: Studio, asOf: CalendarDate): Promise<PlaybookClient[] | null> {
  const day = await loadStoredDay(db, studio.id, asOf);
  if (!day) return null;
  const chosen = day.scores.filter((score) => score.playbook !== null && score.name !== null);
  if (chosen.length === 0) return [];
  const [phones, trials] = await Promise.all([
    db.select({ id: customers.id, phone: customers.phone }).from(customers).where(and(eq(customers.studioId, studio.id), inArray(customers.id, chosen.map((score) => score.customerId)))),
    trialsWithoutPlan(db, { studioId: studio.id, asOf, timeZone: studio.timeZone }),
  ]);
  const phoneOf = new Map(phones.map((row) => [row.id, row.phone]));
  const trialOf = new Map(trials.map((row) => [row.customer_id, row.trial_on]));
  const { followUpDays } = studio.settings.risk;
  return chosen.map((score) => {
    const explained = explainScore(score, day.medianMonthlyValueCents, day.scoringSettings);
    const { daysToExpiry, acceptancePendingDays } = score.signals;
    return {
      customerId: score.customerId,
      code: score.code,
      name: score.name,
      phone: phoneOf.get(score.customerId) ?? null,
      playbook: score.playbook!,
      risk: score.risk,
      reasons: explained.riskPoints.map((point) => point.reason),
      message: playbookMessage(score.playbook!, { name: score.name, daysToExpiry }, studio, asOf),
      contractEndsOn: daysToExpiry === null ? null : addDays(asOf, daysToExpiry),
      acceptancePendingSince: acceptancePendingDays === null ? null : addDays(asOf, -acceptancePendingDays),
      trialOn: trialOf.get(score.customerId) ?? null,
      followingUp: isFollowingUp(score.lastContactedOn, asOf, followUpDays),
    };
  });
}
