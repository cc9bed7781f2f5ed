/**
 * DOMAIN.md §5: automated messages leave one studio number no faster than one per `secondsBetween`
 * seconds plus a random jitter, and at most `dailyMaximum` a day, so the number looks like a person
 * typing, not a blast. The pace lives in one row per studio and channel, locked while a worker
 * reserves its slot, so any number of workers share one pace.
 */
import { and, eq } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { sendPacing, type Channel } from '../../db/schema/index.ts';
import type { StudioSettings } from '../../db/studio-settings.ts';
import { addDays, calendarDateAt } from '../../domain/calendar-date.ts';
import { instantAt } from '../../domain/zoned-time.ts';

export type PacedSlot = { allowed: true } | { allowed: false; nextAt: Date; reason: 'pace' | 'daily-maximum' };

export interface PaceRequest {
  studioId: number;
  channel: Channel;
  timeZone: string;
  now: Date;
  sendRate: StudioSettings['sendRate'];
  /** A number in [0, 1) for the jitter; tests pass a fixed one. */
  random: () => number;
}

/** Takes the next slot if it has come, else says when it comes. */
export async function reservePacedSlot(db: PulsoDb, { studioId, channel, timeZone, now, sendRate, random }: PaceRequest): Promise<PacedSlot> {
  const today = calendarDateAt(now, timeZone);
  return db.transaction(async (tx) => {
    await tx.insert(sendPacing).values({ studioId, channel, nextSendAt: now, day: today, sentOnDay: 0 }).onConflictDoNothing();
    const where = and(eq(sendPacing.studioId, studioId), eq(sendPacing.channel, channel));
    const [pace] = await tx.select().from(sendPacing).where(where).for('update');
    const sentToday = pace!.day === today ? pace!.sentOnDay : 0;
    if (sentToday >= sendRate.dailyMaximum) return { allowed: false, nextAt: instantAt(addDays(today, 1), '00:00', timeZone), reason: 'daily-maximum' };
    if (pace!.nextSendAt.getTime() > now.getTime()) return { allowed: false, nextAt: pace!.nextSendAt, reason: 'pace' };
    const gapMs = (sendRate.secondsBetweenMessages + random() * sendRate.jitterSeconds) * 1000;
    await tx.update(sendPacing).set({ nextSendAt: new Date(now.getTime() + gapMs), day: today, sentOnDay: sentToday + 1 }).where(where);
    return { allowed: true };
  });
}
