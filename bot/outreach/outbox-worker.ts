/**
 * A worker's sending loop: drain what is due, wait a little, again, until stopped. Every `pulso start`
 * process runs one; they share the outbox through row claims, so adding processes adds throughput and
 * never a duplicate. The senders are asked for on every round because they change: this process gains
 * WhatsApp when it takes the session's lease and loses it when the lease goes elsewhere.
 */
import type { PulsoDb } from '../../db/database.ts';
import type { Channel } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import type { Transport } from '../transport.ts';
import { drainOutbox, type Delivery } from './drain-outbox.ts';

export interface OutboxWorkerOptions {
  db: PulsoDb;
  /** Read again every round: the owner may change quiet hours or pacing while workers run. */
  studio: () => Promise<Studio>;
  workerId: string;
  senders: () => ReadonlyMap<Channel, Pick<Transport, 'send'>>;
  /** Pause between rounds when nothing was due. */
  idleMs?: number;
  claimForMs?: number;
  retryDelay?: (attempt: number) => number;
  onDeliveries?: (deliveries: Delivery[]) => void;
  onError: (error: unknown) => void;
}

export interface OutboxWorker {
  /** Finishes the round in progress, then stops. */
  stop(): Promise<void>;
}

export function startOutboxWorker({ db, studio, workerId, senders, idleMs = 1_000, claimForMs, retryDelay, onDeliveries, onError }: OutboxWorkerOptions): OutboxWorker {
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        const deliveries = await drainOutbox({ db, studio: await studio(), senders: senders(), workerId, now: () => new Date(), claimForMs, retryDelay });
        if (deliveries.length > 0) onDeliveries?.(deliveries);
      } catch (error) {
        onError(error);
      }
      if (!stopped) await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, idleMs).unref();
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
