/**
 * The front desk's alert as outbox rows: one alert per recipient and day, in parts that fit the
 * channel, plus a task for every client it asks the desk to contact (with the playbook's deadline),
 * so that the next import can tell which tasks ended in a renewal.
 */
import { playbookIds } from '../../analytics/playbook.ts';
import type { PulsoDb } from '../../db/database.ts';
import { actions } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { frontDeskAlertText, type AlertBlock, type AlertClient } from '../../narrate/front-desk-alert.ts';
import type { PlannedMessage } from './planned-message.ts';
import type { PlaybookClient } from './playbook-clients.ts';
import { isAutomated, playbookDefinition, sendsAutomatically } from './playbooks.ts';
import type { SilentLead } from './lead-follow-ups.ts';
import type { StaffRecipient } from './staff-recipients.ts';
import { staffReportParts } from './staff-report.ts';

export interface AlertContent {
  blocks: AlertBlock[];
  /** The clients the desk is asked to act on, for their tasks. */
  tasks: PlaybookClient[];
  followingUpCount: number;
}

const asAlertClient = (client: PlaybookClient): AlertClient => ({ code: client.code, name: client.name, risk: client.risk, reasons: client.reasons, message: client.message });

/**
 * Staff playbooks list the clients not already being followed up. An automated playbook lists, when
 * on, whom Pulso messages today; when off, every client it fits, with the message to send by hand.
 */
export function alertContent(clients: PlaybookClient[], messagedToday: Set<number>, silentLeads: { lead: SilentLead; message: string }[], studio: Studio): AlertContent {
  const blocks: AlertBlock[] = [];
  const tasks: PlaybookClient[] = [];
  for (const playbook of playbookIds) {
    const { deadlineHours } = playbookDefinition(playbook);
    const fitting = clients.filter((client) => client.playbook === playbook);
    if (!isAutomated(playbook)) {
      const open = fitting.filter((client) => !client.followingUp);
      tasks.push(...open);
      if (open.length) blocks.push({ playbook, mode: 'task', deadlineHours, clients: open.map(asAlertClient) });
      continue;
    }
    const leads = playbook === 'lead-silent' ? silentLeads.map(({ lead, message }): AlertClient => ({ code: lead.code, name: lead.name, risk: null, reasons: [], message })) : [];
    if (sendsAutomatically(playbook, studio.settings)) {
      const messaged = [...fitting.filter((client) => messagedToday.has(client.customerId)).map(asAlertClient), ...leads];
      if (messaged.length) blocks.push({ playbook, mode: 'automatic', deadlineHours, clients: messaged });
    } else {
      const manual = [...fitting.filter((client) => !client.followingUp).map(asAlertClient), ...leads];
      if (manual.length) blocks.push({ playbook, mode: 'manual', deadlineHours, clients: manual });
    }
  }
  return { blocks, tasks, followingUpCount: clients.filter((client) => client.followingUp && !isAutomated(client.playbook)).length };
}

export function frontDeskAlertMessages(content: AlertContent, recipients: StaffRecipient[], studio: Studio, today: CalendarDate, hour: number, now: Date): PlannedMessage[] {
  return recipients.flatMap((recipient) => {
    const text = frontDeskAlertText({ recipientName: recipient.name, hour, today, blocks: content.blocks, followingUpCount: content.followingUpCount, followUpDays: studio.settings.risk.followUpDays });
    return staffReportParts(recipient, { key: `front-desk-alert:${today}:staff:${recipient.staffId}`, purpose: 'front-desk-alert', text, now });
  });
}

/** One task per client the alert asks the desk to act on, recorded once: when the day's alert is first queued. */
export async function recordAlertTasks(db: PulsoDb, studioId: number, tasks: PlaybookClient[], now: Date): Promise<void> {
  if (tasks.length === 0) return;
  await db.insert(actions).values(
    tasks.map((task) => {
      const { deadlineHours } = playbookDefinition(task.playbook);
      return {
        studioId, customerId: task.customerId, playbook: task.playbook, kind: 'task' as const, actedAt: now,
        deadlineAt: deadlineHours === null ? null : new Date(now.getTime() + deadlineHours * 3_600_000),
      };
    }),
  );
}
