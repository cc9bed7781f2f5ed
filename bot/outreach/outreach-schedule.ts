/**
 * The studio's scheduled work on pg-boss, in its time zone: the daily snapshot at
 * `schedule.dailySnapshot` and after every import (with the check of past what-if predictions), the owner's briefing at `schedule.ownerBriefing`,
 * the front desk's alert at `schedule.frontDeskAlert`, and every 10 minutes in working hours a
 * catch-up that queues the day's follow-ups and anything missed while no process was running.
 * pg-boss creates each scheduled job once, whatever the number of processes, and hands it to one
 * of them; each job plans from the studio's settings as stored at that moment, and planning is
 * keyed by day, so a job run twice queues nothing twice.
 */
import type PgBoss from 'pg-boss';
import { ensureFreshSnapshot } from '../../analytics/fresh-snapshot.ts';
import { evaluatePredictions } from '../../analytics/what-if/evaluate-predictions.ts';
import type { PulsoDb } from '../../db/database.ts';
import { loadStudio, type Studio } from '../../db/studio.ts';
import { calendarDateAt } from '../../domain/calendar-date.ts';
import type { LanguageModel } from '../../narrate/llm/language-model.ts';
import { planOutreach } from './plan-outreach.ts';

/** "07:30" → "30 7 * * *". */
export function dailyCron(clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

const catchUpCron = '*/10 7-21 * * *';

export type ScheduledJob = 'daily-snapshot' | 'owner-briefing' | 'front-desk-alert' | 'catch-up';

export function queueName(studio: Pick<Studio, 'slug'>, job: ScheduledJob): string {
  return `pulso.${studio.slug}.${job}`;
}

export function studioCrons(studio: Studio): Record<ScheduledJob, string> {
  const { schedule } = studio.settings;
  return { 'daily-snapshot': dailyCron(schedule.dailySnapshot), 'owner-briefing': dailyCron(schedule.ownerBriefing), 'front-desk-alert': dailyCron(schedule.frontDeskAlert), 'catch-up': catchUpCron };
}

export interface OutreachSchedule {
  /** Asks for a fresh snapshot now (after an import). */
  snapshotSoon(): Promise<void>;
}

export async function scheduleOutreach(
  { boss, db, studioId, model, onError, now = () => new Date(), pollingIntervalSeconds = 5 }: {
    boss: PgBoss;
    db: PulsoDb;
    studioId: number;
    model: LanguageModel | null;
    onError: (error: unknown) => void;
    /** The clock jobs plan with; tests pass a fixed one. */
    now?: () => Date;
    pollingIntervalSeconds?: number;
  },
): Promise<OutreachSchedule> {
  const studio = await loadStudio(db, studioId);
  const crons = studioCrons(studio);
  for (const job of Object.keys(crons) as ScheduledJob[]) {
    const name = queueName(studio, job);
    await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60 });
    await boss.schedule(name, crons[job], {}, { tz: studio.timeZone });
    await boss.work(name, { pollingIntervalSeconds }, async () => {
      try {
        const current = await loadStudio(db, studioId);
        const at = now();
        if (job === 'daily-snapshot') {
          const today = calendarDateAt(at, current.timeZone);
          await ensureFreshSnapshot(db, current, today);
          // What-if predictions whose month has ended get the actual revenue beside them.
          await evaluatePredictions(db, current.id, today, at);
        } else await planOutreach({ db, studio: current, now: at, model });
      } catch (error) {
        onError(error);
        throw error;
      }
    });
  }
  return {
    async snapshotSoon() {
      await boss.send(queueName(studio, 'daily-snapshot'), {});
    },
  };
}
