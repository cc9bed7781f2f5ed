/**
 * One round of outreach, as `pulso outreach` runs it: plan what is due at `now`, send what this
 * process can send, and say for every message what happened. A dry run does exactly the same inside a
 * transaction that is rolled back, with senders that send nothing, so what it reports is what a real
 * round would do, and it writes nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { outbox, type Channel, type OutboxAudience } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import type { LanguageModel } from '../../narrate/llm/language-model.ts';
import type { Transport } from '../transport.ts';
import { drainOutbox, type Delivery } from './drain-outbox.ts';
import { maskedAddress } from './masked-address.ts';
import { planOutreach } from './plan-outreach.ts';

export type OutreachStatus = 'sent' | 'would_send' | 'deferred' | 'skipped';

export interface OutreachMessage {
  playbook: string;
  audience: 'staff' | 'client';
  to: string | null;
  status: OutreachStatus;
  reason: string | null;
  text: string;
  /** The facts a report was written from (the owner's briefing). */
  facts?: unknown;
}

export interface OutreachRound {
  now: string;
  messages: OutreachMessage[];
}

const audienceShown = (audience: OutboxAudience): 'staff' | 'client' => (audience === 'staff' ? 'staff' : 'client');

class DryRunRollback extends Error {
  constructor(readonly round: OutreachRound) {
    super('dry run');
  }
}

const silentSender = { send: async () => ({ transportMessageId: null }) };

export async function runOutreach(
  { db, studio, now, model, senders, dryRun, workerId }: { db: PulsoDb; studio: Studio; now: Date; model: LanguageModel | null; senders: ReadonlyMap<Channel, Pick<Transport, 'send'>>; dryRun: boolean; workerId: string },
): Promise<OutreachRound> {
  if (!dryRun) return round(db, senders, false);
  const everyChannel = new Map<Channel, Pick<Transport, 'send'>>([['telegram', silentSender], ['whatsapp', silentSender], ['console', silentSender]]);
  try {
    await db.transaction(async (tx) => {
      throw new DryRunRollback(await round(tx as unknown as PulsoDb, everyChannel, true));
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.round;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');

  async function round(database: PulsoDb, through: ReadonlyMap<Channel, Pick<Transport, 'send'>>, dry: boolean): Promise<OutreachRound> {
    const plan = await planOutreach({ db: database, studio, now, model });
    const deliveries = await drainOutbox({ db: database, studio, senders: through, workerId, now: () => now, random: dry ? () => 0 : Math.random });
    const keys = plan.planned.flatMap((item) => (item.kind === 'queue' ? [item.message.idempotencyKey] : []));
    const rows = keys.length
      ? await database.select().from(outbox).where(and(eq(outbox.studioId, studio.id), inArray(outbox.idempotencyKey, keys)))
      : [];
    const rowByKey = new Map(rows.map((row) => [row.idempotencyKey, row]));
    const deliveryById = new Map(deliveries.map((delivery) => [delivery.outboxId, delivery]));
    const messages: OutreachMessage[] = plan.planned.map((item) => {
      if (item.kind === 'skip') return { playbook: item.purpose, audience: audienceShown(item.audience), to: item.to, status: 'skipped', reason: item.reason, text: item.text };
      const row = rowByKey.get(item.message.idempotencyKey)!;
      const delivery = deliveryById.get(row.id);
      deliveryById.delete(row.id);
      const shown = { playbook: row.purpose, audience: audienceShown(row.audience), to: maskedAddress(row.channel, row.recipient), text: item.text, ...(row.facts ? { facts: row.facts } : {}) };
      if (delivery) return { ...shown, ...deliveryStatus(delivery, dry) };
      if (!plan.newKeys.has(row.idempotencyKey) && row.status === 'sent') return { ...shown, status: 'skipped', reason: 'already-sent' };
      if (row.status === 'opted_out') return { ...shown, status: 'skipped', reason: 'opted-out' };
      if (row.status === 'dead') return { ...shown, status: 'skipped', reason: 'dead' };
      return { ...shown, status: 'deferred', reason: through.has(row.channel) ? 'not-due' : `${row.channel}-not-connected-here` };
    });
    // Messages queued earlier that came due in this round.
    for (const delivery of deliveryById.values()) {
      messages.push({ playbook: delivery.purpose, audience: audienceShown(delivery.audience), to: maskedAddress(delivery.channel, delivery.recipient), text: delivery.text, ...deliveryStatus(delivery, dry) });
    }
    return { now: now.toISOString(), messages };
  }
}

function deliveryStatus(delivery: Delivery, dry: boolean): Pick<OutreachMessage, 'status' | 'reason'> {
  if (delivery.status === 'sent') return { status: dry ? 'would_send' : 'sent', reason: null };
  if (delivery.status === 'deferred' || delivery.status === 'retrying') return { status: 'deferred', reason: delivery.reason };
  return { status: 'skipped', reason: delivery.reason };
}

