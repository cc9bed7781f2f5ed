/**
 * What is due at an instant, in the studio's time zone, queued in the outbox: the daily snapshot (from
 * `schedule.dailySnapshot`, and again after any newer import), the owner's briefing (from
 * `schedule.ownerBriefing`), and from `schedule.frontDeskAlert` the front desk's alert with the
 * automated client and lead messages of the day. Everything is keyed by day, so planning is safe to
 * repeat every minute, on any number of workers, and catches up after a process was down. On Sundays,
 * when the studio rests (quiet hours' `sundays`), there is no alert and no client message; the owner
 * still gets the briefing.
 */
import { ensureFreshSnapshot } from '../../analytics/fresh-snapshot.ts';
import type { PulsoDb } from '../../db/database.ts';
import { actions } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { calendarDateAt, weekday } from '../../domain/calendar-date.ts';
import { clockTimeAt, hourAt } from '../../domain/zoned-time.ts';
import type { LanguageModel } from '../../narrate/llm/language-model.ts';
import { dueClientMessages } from './client-messages.ts';
import { alertContent, frontDeskAlertMessages, recordAlertTasks } from './front-desk-alert-messages.ts';
import { leadFollowUps, leadFollowUpText, silentLeadsDue } from './lead-follow-ups.ts';
import { enqueue } from '../../db/outbox-queue.ts';
import { ownerBriefingMessages } from './owner-briefing-messages.ts';
import type { PlannedMessage } from './planned-message.ts';
import { playbookClients } from './playbook-clients.ts';
import { queuedTexts } from './queued-keys.ts';
import { staffRecipients } from './staff-recipients.ts';

export interface OutreachPlan {
  /** Whether the day's snapshot was (re)computed by this planning. */
  scored: boolean;
  planned: PlannedMessage[];
  /** The idempotency keys queued by this planning (the others were queued before). */
  newKeys: Set<string>;
}

export async function planOutreach({ db, studio, now, model }: { db: PulsoDb; studio: Studio; now: Date; model: LanguageModel | null }): Promise<OutreachPlan> {
  const { schedule, quietHours } = studio.settings;
  const today = calendarDateAt(now, studio.timeZone);
  const clock = clockTimeAt(now, studio.timeZone);
  const hour = hourAt(now, studio.timeZone);
  const scored = clock >= schedule.dailySnapshot ? await ensureFreshSnapshot(db, studio, today) : false;
  const planned: PlannedMessage[] = [];
  if (clock >= schedule.ownerBriefing) {
    const recipients = await staffRecipients(db, studio.id, schedule.ownerBriefingTo);
    planned.push(...(await ownerBriefingMessages(db, studio, { today, hour, now, recipients, model })));
  }
  const resting = quietHours.sundays && weekday(today) === 0;
  let tasks: Parameters<typeof recordAlertTasks>[2] = [];
  let alertKeys: string[] = [];
  if (clock >= schedule.frontDeskAlert && !resting) {
    const clients = (await playbookClients(db, studio, today)) ?? [];
    const clientMessages = dueClientMessages(clients, studio, today, now);
    const leads = await silentLeadsDue(db, studio, today);
    const messagedToday = new Set(clientMessages.filter(({ planned: item }) => item.kind === 'queue').map(({ client }) => client.customerId));
    const content = alertContent(clients, messagedToday, leads.map((lead) => ({ lead, message: leadFollowUpText(lead, studio) })), studio);
    const recipients = await staffRecipients(db, studio.id, schedule.frontDeskAlertTo, { fallBackToOwner: true });
    const alert = frontDeskAlertMessages(content, recipients, studio, today, hour, now);
    // A recipient whose alert is queued keeps it as it was (the day's list does not change under the
    // desk's feet), and a list that now splits differently never adds a stray part.
    const queuedAlert = await queuedTexts(db, studio.id, alert.flatMap((item) => (item.kind === 'queue' ? [item.message.idempotencyKey] : [])));
    const alreadyAlerted = (key: string) => queuedAlert.has(key.replace(/:part:\d+$/, ':part:1'));
    for (const item of alert) {
      if (item.kind !== 'queue') continue;
      const key = item.message.idempotencyKey;
      if (!alreadyAlerted(key)) planned.push(item);
      else if (queuedAlert.has(key)) planned.push({ ...item, text: queuedAlert.get(key)! });
    }
    planned.push(...clientMessages.map(({ planned: item }) => item), ...leadFollowUps(leads, studio, now));
    tasks = content.tasks;
    alertKeys = alert.flatMap((item) => (item.kind === 'queue' && !alreadyAlerted(item.message.idempotencyKey) ? [item.message.idempotencyKey] : []));
  }
  const toQueue = planned.flatMap((item) => (item.kind === 'queue' ? [item.message] : []));
  const newKeys = await enqueue(db, studio.id, toQueue);
  if (alertKeys.some((key) => newKeys.has(key))) await recordAlertTasks(db, studio.id, tasks, now);
  await recordSentMessages(db, studio.id, toQueue.filter((message) => newKeys.has(message.idempotencyKey) && message.audience !== 'staff'), now);
  return { scored, planned, newKeys };
}

/** Each automated client or lead message is an action of its playbook, whose outcome is measured later. */
async function recordSentMessages(db: PulsoDb, studioId: number, messages: Parameters<typeof enqueue>[2], now: Date): Promise<void> {
  if (messages.length === 0) return;
  await db.insert(actions).values(
    messages.map((message) => ({ studioId, customerId: message.customerId ?? null, leadId: message.leadId ?? null, playbook: message.purpose, kind: 'message' as const, actedAt: now })),
  );
}
