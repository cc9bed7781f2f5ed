/**
 * The running bot of one `pulso start` process: the chat transports, the scheduled work and the
 * outbox. A connection that only one process may hold (the WhatsApp session, a Telegram long poll) is
 * opened only while this process holds its lease in the database; the other transports (the console,
 * a Telegram webhook) run in every process. Any process may send through Telegram's HTTP API, but
 * WhatsApp messages leave only from the session's holder, which drains what every process queued.
 */
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { startJobQueue } from '../db/job-queue.ts';
import { holdLease, type LeaseKeeper } from '../db/leases.ts';
import type { Channel } from '../db/schema/index.ts';
import { loadStudio, type Studio } from '../db/studio.ts';
import type { LanguageModel } from '../narrate/llm/language-model.ts';
import { startOutboxWorker } from './outreach/outbox-worker.ts';
import { scheduleOutreach, type OutreachSchedule } from './outreach/outreach-schedule.ts';
import type { Router } from './router.ts';
import { serveTransports, type Serving } from './serve.ts';
import type { Transport } from './transport.ts';

export interface Engine extends OutreachSchedule {
  stop(): Promise<void>;
}

/** A transport one process at a time may run, and the lease that says which. */
function leaseName(transport: Transport): string | null {
  if (transport.channel === 'whatsapp') return 'whatsapp';
  if (transport.channel === 'telegram' && !transport.webhook) return 'telegram-polling';
  return null;
}

export async function startEngine(
  { database, studio, router, transports, model, workerId, logger }: { database: Database; studio: Studio; router: Router; transports: Transport[]; model: LanguageModel | null; workerId: string; logger: Logger },
): Promise<Engine> {
  const { db } = database;
  const onError = (error: unknown) => logger.error({ err: error }, 'engine error');
  const senders = new Map<Channel, Pick<Transport, 'send'>>();
  for (const transport of transports) if (transport.channel !== 'whatsapp') senders.set(transport.channel, transport);

  const shared = await serveTransports({ db, studio, router, transports: transports.filter((transport) => leaseName(transport) === null), onError });
  const keepers: LeaseKeeper[] = transports.flatMap((transport) => {
    const name = leaseName(transport);
    if (!name) return [];
    let serving: Serving | null = null;
    return [
      holdLease({
        db, studioId: studio.id, name, holder: workerId, now: () => new Date(), onError,
        async onAcquired() {
          serving = await serveTransports({ db, studio, router, transports: [transport], onError });
          senders.set(transport.channel, transport);
          logger.info({ lease: name }, 'lease acquired: this process runs it');
        },
        async onLost() {
          if (transport.channel === 'whatsapp') senders.delete('whatsapp');
          await serving?.stop();
          serving = null;
          logger.info({ lease: name }, 'lease released');
        },
      }),
    ];
  });

  const boss = await startJobQueue(database, { onError });
  const schedule = await scheduleOutreach({ boss, db, studioId: studio.id, model, onError });
  const outbox = startOutboxWorker({
    db, workerId, onError,
    studio: () => loadStudio(db, studio.id),
    senders: () => senders,
    onDeliveries: (deliveries) => {
      for (const delivery of deliveries) logger.info({ outboxId: delivery.outboxId, purpose: delivery.purpose, status: delivery.status, reason: delivery.reason }, 'outbox delivery');
    },
  });
  return {
    snapshotSoon: () => schedule.snapshotSoon(),
    async stop() {
      await outbox.stop();
      await boss.stop({ graceful: true, wait: true });
      await Promise.all(keepers.map((keeper) => keeper.stop()));
      await shared.stop();
    },
  };
}
