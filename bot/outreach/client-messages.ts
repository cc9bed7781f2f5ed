/**
 * The automated messages to clients that are due today (DOMAIN.md §3): a renewal reminder once per
 * contract end, the contract link once per pending acceptance, and the trial follow-ups on D+1, D+3
 * and D+7. Each has an idempotency key naming what it is about, so it is queued once however often
 * planning runs; a playbook the owner has not enabled is reported, never queued.
 */
import type { PlaybookId } from '../../analytics/playbook.ts';
import type { Studio } from '../../db/studio.ts';
import { daysBetween, type CalendarDate } from '../../domain/calendar-date.ts';
import { maskPhone } from '../../domain/phone.ts';
import type { PlannedMessage } from './planned-message.ts';
import type { PlaybookClient } from './playbook-clients.ts';
import { playbookDefinition, sendsAutomatically } from './playbooks.ts';
import { whatsappAddress } from '../../domain/chat-address.ts';

/** What today's message is about, or null when none is due today. */
function occasion(client: PlaybookClient, today: CalendarDate): string | null {
  const { followUpDays } = playbookDefinition(client.playbook);
  if (client.playbook === 'expires-within-15-days') return client.contractEndsOn && `contract-ends:${client.contractEndsOn}`;
  if (client.playbook === 'acceptance-pending-48h') return client.acceptancePendingSince && `pending-since:${client.acceptancePendingSince}`;
  if (client.playbook === 'trial-without-plan' && client.trialOn && followUpDays) {
    const days = daysBetween(client.trialOn, today);
    return followUpDays.includes(days) ? `trial:${client.trialOn}:d${days}` : null;
  }
  return null;
}

/** Lead follow-ups come from the leads themselves (lead-follow-ups.ts), not from clients. */
const clientPlaybooks = new Set<PlaybookId>(['expires-within-15-days', 'acceptance-pending-48h', 'trial-without-plan']);

export function dueClientMessages(clients: PlaybookClient[], studio: Studio, today: CalendarDate, now: Date): { client: PlaybookClient; planned: PlannedMessage }[] {
  return clients.flatMap((client) => {
    if (!clientPlaybooks.has(client.playbook) || !client.message) return [];
    const about = occasion(client, today);
    if (!about) return [];
    const text = client.message;
    const skip = (reason: 'playbook-disabled' | 'no-phone'): PlannedMessage => ({ kind: 'skip', purpose: client.playbook, audience: 'client', to: client.phone && maskPhone(client.phone), reason, text });
    if (!sendsAutomatically(client.playbook, studio.settings)) return [{ client, planned: skip('playbook-disabled') }];
    if (!client.phone) return [{ client, planned: skip('no-phone') }];
    const planned: PlannedMessage = {
      kind: 'queue',
      text,
      message: {
        idempotencyKey: `${client.playbook}:customer:${client.customerId}:${about}`,
        channel: 'whatsapp',
        recipient: whatsappAddress(client.phone),
        audience: 'client',
        purpose: client.playbook,
        payload: { kind: 'text', text },
        dueAt: now,
        customerId: client.customerId,
      },
    };
    return [{ client, planned }];
  });
}
