/**
 * Sending what is due: a worker claims due rows with FOR UPDATE SKIP LOCKED (so workers never take the
 * same row), then for each checks, at send time, the opt-out list, quiet hours and the number's pace
 * (clients and leads only: staff get their alerts when they asked for them), sends it with a network
 * id derived from its key, and records the result. A failure is retried with backoff until the last
 * attempt, then the row is dead and the owner sees it. A worker that dies holding a row loses its claim
 * when the claim expires; the row is then sent again under the same network id.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { Channel, OutboundPayload, OutboxAudience } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { say } from '../../prompts/catalog.ts';
import type { Transport } from '../transport.ts';
import { networkMessageId } from './network-message-id.ts';
import { outboundMessage, payloadText } from './outbox.ts';
import { nextAllowedInstant } from './quiet-hours.ts';
import { maximumAttempts, retryDelayMs } from './retry-delay.ts';
import { reservePacedSlot } from './send-pacing.ts';

export interface DrainOptions {
  db: PulsoDb;
  studio: Studio;
  /** The transports this process may send through; rows of other channels wait for their owner. */
  senders: ReadonlyMap<Channel, Pick<Transport, 'send'>>;
  workerId: string;
  now: () => Date;
  /** Rows claimed per round. */
  batchSize?: number;
  /** How long a claim protects a row from other workers. */
  claimForMs?: number;
  random?: () => number;
  /** The wait before attempt n + 1 after n failures; the default backs off from 30 s to an hour. */
  retryDelay?: (attempt: number) => number;
}

export type DeliveryStatus = 'sent' | 'deferred' | 'skipped' | 'retrying' | 'dead';

export interface Delivery {
  outboxId: number;
  purpose: string;
  audience: OutboxAudience;
  channel: Channel;
  recipient: string;
  status: DeliveryStatus;
  /** Why it did not go now: "horário de silêncio", "ritmo de envio", "descadastrado", the error... */
  reason: string | null;
  text: string;
  dueAt: Date;
}

interface ClaimedRow {
  id: number;
  idempotency_key: string;
  channel: Channel;
  recipient: string;
  audience: OutboxAudience;
  purpose: string;
  payload: OutboundPayload;
  attempts: number;
  lead_id: number | null;
}

async function claimDue(db: PulsoDb, studioId: number, channels: Channel[], workerId: string, now: Date, limit: number, claimForMs: number): Promise<ClaimedRow[]> {
  const claimedUntil = new Date(now.getTime() + claimForMs);
  return queryRows<ClaimedRow>(
    db,
    sql`update outbox set status = 'sending', claimed_by = ${workerId}, claimed_until = ${claimedUntil.toISOString()}
        where id in (
          select id from outbox
          where studio_id = ${studioId} and channel in (${sql.join(channels.map((channel) => sql`${channel}`), sql`, `)})
            and due_at <= ${now.toISOString()}
            and (status = 'pending' or (status = 'sending' and claimed_until < ${now.toISOString()}))
          order by due_at, id
          limit ${limit}
          for update skip locked)
        returning id, idempotency_key, channel, recipient, audience, purpose, payload, attempts, lead_id`,
  );
}

/** Opted out by this address, or (a lead) by the lead's record, at the moment of sending. */
async function hasOptedOut(db: PulsoDb, studioId: number, row: ClaimedRow): Promise<boolean> {
  const [found] = await queryRows<{ opted_out: boolean }>(
    db,
    sql`select exists (select 1 from opt_outs where studio_id = ${studioId} and channel = ${row.channel} and address = ${row.recipient})
            or exists (select 1 from leads where id = ${row.lead_id} and opted_out_at is not null) as opted_out`,
  );
  return found?.opted_out ?? false;
}

/** Updates a row this worker still holds; a row taken over by another worker is left to it. */
async function settle(db: PulsoDb, row: ClaimedRow, workerId: string, changes: ReturnType<typeof sql>): Promise<void> {
  await db.execute(sql`update outbox set ${changes}, claimed_by = null, claimed_until = null where id = ${row.id} and claimed_by = ${workerId}`);
}

export async function drainOutbox({ db, studio, senders, workerId, now, batchSize = 20, claimForMs = 60_000, random = Math.random, retryDelay = retryDelayMs }: DrainOptions): Promise<Delivery[]> {
  const channels = [...senders.keys()];
  if (channels.length === 0) return [];
  const deliveries: Delivery[] = [];
  for (;;) {
    const claimed = await claimDue(db, studio.id, channels, workerId, now(), batchSize, claimForMs);
    if (claimed.length === 0) return deliveries;
    for (const row of claimed) deliveries.push(await deliver(row));
  }

  async function deliver(row: ClaimedRow): Promise<Delivery> {
    const at = now();
    const report = (status: DeliveryStatus, reason: string | null, dueAt = at): Delivery => ({
      outboxId: row.id, purpose: row.purpose, audience: row.audience, channel: row.channel, recipient: row.recipient, status, reason, text: payloadText(row.payload), dueAt,
    });
    const defer = async (until: Date, reason: string) => {
      await settle(db, row, workerId, sql`status = 'pending', due_at = ${until.toISOString()}`);
      return report('deferred', reason, until);
    };
    if (await hasOptedOut(db, studio.id, row)) {
      await settle(db, row, workerId, sql`status = 'opted_out'`);
      return report('skipped', 'opted-out');
    }
    if (row.audience !== 'staff') {
      const allowed = nextAllowedInstant(at, studio.settings.quietHours, studio.timeZone);
      if (allowed.getTime() > at.getTime()) return defer(allowed, 'quiet-hours');
      if (row.channel === 'whatsapp') {
        const slot = await reservePacedSlot(db, { studioId: studio.id, channel: row.channel, timeZone: studio.timeZone, now: at, sendRate: studio.settings.sendRate, random });
        if (!slot.allowed) return defer(nextAllowedInstant(slot.nextAt, studio.settings.quietHours, studio.timeZone), slot.reason);
      }
    }
    const attempt = row.attempts + 1;
    try {
      const sender = senders.get(row.channel)!;
      const { transportMessageId } = await sender.send(row.recipient, outboundMessage(row.payload), { messageId: networkMessageId(studio.id, row.idempotency_key) });
      const sentAt = now();
      const payload = row.payload.kind === 'text' && row.payload.secret ? sql`, payload = ${JSON.stringify({ kind: 'text', text: say('outreach.md', 'secret-sent'), secret: true })}::jsonb` : sql``;
      await settle(db, row, workerId, sql`status = 'sent', attempts = ${attempt}, last_attempt_at = ${sentAt.toISOString()}, sent_at = ${sentAt.toISOString()}, transport_message_id = ${transportMessageId}${payload}`);
      return report('sent', null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= maximumAttempts) {
        await settle(db, row, workerId, sql`status = 'dead', attempts = ${attempt}, last_attempt_at = ${at.toISOString()}, last_error = ${message}`);
        return report('dead', message);
      }
      const retryAt = new Date(at.getTime() + retryDelay(attempt));
      await settle(db, row, workerId, sql`status = 'pending', attempts = ${attempt}, last_attempt_at = ${at.toISOString()}, last_error = ${message}, due_at = ${retryAt.toISOString()}`);
      return report('retrying', message, retryAt);
    }
  }
}
