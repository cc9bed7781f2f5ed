/**
 * A report to a staff member (the owner's briefing, the front desk's alert) as outbox rows: the text in
 * parts that fit the member's channel, keyed `<key>:part:<n>`, each part saying the next one follows.
 */
import type { QueuedMessage } from '../../db/outbox-queue.ts';
import type { OutboundPayload } from '../../db/schema/index.ts';
import { channelLimits } from '../../narrate/checks/length-within-channel.ts';
import { say } from '../../prompts/catalog.ts';
import { splitMessage } from '../split-message.ts';
import type { PlannedMessage } from './planned-message.ts';
import type { StaffRecipient } from './staff-recipients.ts';

/** A row to `recipient` with everything but its key and payload. */
export function toStaffMember(recipient: StaffRecipient, purpose: string, now: Date): Omit<QueuedMessage, 'idempotencyKey' | 'payload'> {
  return { channel: recipient.channel, recipient: recipient.address, audience: 'staff', purpose, dueAt: now, staffId: recipient.staffId };
}

/** One queued message per part; the first part carries `facts` (what the report was written from). */
export function staffReportParts(recipient: StaffRecipient, { key, purpose, text, now, facts }: { key: string; purpose: string; text: string; now: Date; facts?: unknown }): PlannedMessage[] {
  return splitMessage(text, channelLimits[recipient.channel], say('outreach.md', 'continues')).map((part, index) => {
    const payload: OutboundPayload = { kind: 'text', text: part };
    const message: QueuedMessage = { ...toStaffMember(recipient, purpose, now), idempotencyKey: `${key}:part:${index + 1}`, payload, ...(index === 0 && facts !== undefined ? { facts } : {}) };
    return { kind: 'queue', text: part, message };
  });
}
