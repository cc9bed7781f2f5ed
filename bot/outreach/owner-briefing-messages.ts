/**
 * The owner's morning briefing (DOMAIN.md §4) as outbox rows: the narrated text, in parts that fit the
 * channel, with the facts it was written from beside it, and the 90-day revenue chart as an image.
 * Written once a day per recipient: narration may call the LLM, so a day already queued is not
 * narrated again.
 */
import type { PulsoDb } from '../../db/database.ts';
import type { Studio } from '../../db/studio.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { ownerBriefing } from '../../narrate/briefing/owner-briefing.ts';
import type { LanguageModel } from '../../narrate/llm/language-model.ts';
import { say } from '../../prompts/catalog.ts';
import type { PlannedMessage } from './planned-message.ts';
import { queuedTexts } from './queued-keys.ts';
import type { StaffRecipient } from './staff-recipients.ts';
import { staffReportParts, toStaffMember } from './staff-report.ts';

const keyOf = (today: CalendarDate, recipient: StaffRecipient) => `owner-briefing:${today}:staff:${recipient.staffId}`;

export async function ownerBriefingMessages(
  db: PulsoDb,
  studio: Studio,
  { today, hour, now, recipients, model }: { today: CalendarDate; hour: number; now: Date; recipients: StaffRecipient[]; model: LanguageModel | null },
): Promise<PlannedMessage[]> {
  if (recipients.length === 0) return [];
  const queued = await queuedTexts(db, studio.id, recipients.map((recipient) => `${keyOf(today, recipient)}:part:1`));
  const due = recipients.filter((recipient) => !queued.has(`${keyOf(today, recipient)}:part:1`));
  // A briefing already queued is reported with the words it was queued with; queueing it again is a no-op.
  const earlier = recipients.flatMap((recipient): PlannedMessage[] => {
    const key = `${keyOf(today, recipient)}:part:1`;
    const text = queued.get(key);
    if (text === undefined) return [];
    return [{ kind: 'queue', text, message: { ...toStaffMember(recipient, 'owner-briefing', now), idempotencyKey: key, payload: { kind: 'text', text } } }];
  });
  if (due.length === 0) return earlier;
  const occasion = { hour, frontDeskAlert: studio.settings.schedule.frontDeskAlert };
  const briefing = await ownerBriefing(db, studio, today, { occasion, channel: due[0]!.channel, model });
  const facts = { asOf: briefing.asOf, source: briefing.source, facts: briefing.facts, insights: briefing.insights };
  const chart = { kind: 'image' as const, caption: say('charts.md', 'revenue-title'), pngBase64: briefing.chartPng.toString('base64') };
  return [...earlier, ...due.flatMap((recipient): PlannedMessage[] => {
    const parts = staffReportParts(recipient, { key: keyOf(today, recipient), purpose: 'owner-briefing', text: briefing.text, now, facts });
    return [...parts, { kind: 'queue', text: chart.caption, message: { ...toStaffMember(recipient, 'owner-briefing', now), idempotencyKey: `${keyOf(today, recipient)}:chart`, payload: chart } }];
  })];
}
