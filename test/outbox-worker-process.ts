/**
 * One `pulso start` process as the scale-out tests need it, without the API, router or scheduler: it
 * sends through the fake network (test/fake-network.ts), Telegram always and WhatsApp only while it
 * holds the studio's "whatsapp" lease, opening the number's session when it takes the lease and closing
 * it when it loses or releases it. Run as `node --import tsx test/outbox-worker-process.ts` with
 * DATABASE_URL, FAKE_NETWORK_URL, WORKER_ID, LEASE_TTL_MS and LEASE_RENEW_EVERY_MS. It prints one JSON
 * line per event ("ready", "session-open", "session-closed") and stops cleanly on SIGTERM.
 */
import type { Channel } from '../db/schema/index.ts';
import { openDatabase } from '../db/database.ts';
import { holdLease } from '../db/leases.ts';
import { ensureStudio, loadStudio } from '../db/studio.ts';
import { startOutboxWorker } from '../bot/outreach/outbox-worker.ts';
import { replyText, type OutboundMessage, type SendOptions, type Transport } from '../bot/transport.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const networkUrl = required('FAKE_NETWORK_URL');
const workerId = required('WORKER_ID');

function report(event: string): void {
  process.stdout.write(`${JSON.stringify({ event, worker: workerId })}\n`);
}

function reportError(error: unknown): void {
  process.stderr.write(`${workerId}: ${error instanceof Error ? error.stack : String(error)}\n`);
}

function post(path: string, body: object, signal?: AbortSignal): Promise<Response> {
  return fetch(`${networkUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
}

/** The number's session: open while the connection is, as WhatsApp's socket is. */
interface Session {
  close(): Promise<void>;
}

async function openWhatsAppSession(): Promise<Session> {
  const connection = new AbortController();
  const response = await post('/session/open', { worker: workerId, channel: 'whatsapp' }, connection.signal);
  if (!response.ok || !response.body) throw new Error(`a rede recusou a sessão: ${response.status}`);
  const reader = response.body.getReader();
  const reading = (async () => {
    while (!(await reader.read()).done);
  })().catch(() => {});
  return {
    async close() {
      await post('/session/close', { worker: workerId, channel: 'whatsapp' });
      connection.abort();
      await reading;
    },
  };
}

function networkSender(channel: Channel, ready: () => boolean): Pick<Transport, 'send'> {
  return {
    async send(address: string, message: OutboundMessage, options?: SendOptions) {
      if (!ready()) throw new Error(`sem sessão de ${channel} neste processo`);
      const response = await post('/send', { worker: workerId, channel, address, messageId: options?.messageId, text: replyText(message) });
      if (!response.ok) throw new Error(`a rede respondeu ${response.status}: ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      return { transportMessageId: id };
    },
  };
}

const database = await openDatabase({ driver: 'postgres', url: required('DATABASE_URL') });
const studio = await ensureStudio(database.db, 'principal', { name: 'Estúdio de teste', timeZone: 'America/Sao_Paulo' });

let whatsAppSession: Session | null = null;
const closeWhatsAppSession = async () => {
  const closing = whatsAppSession;
  whatsAppSession = null;
  if (!closing) return;
  await closing.close();
  report('session-closed');
};

const telegram = networkSender('telegram', () => true);
const whatsApp = networkSender('whatsapp', () => whatsAppSession !== null);

const lease = holdLease({
  db: database.db,
  studioId: studio.id,
  name: 'whatsapp',
  holder: workerId,
  ttlMs: Number(required('LEASE_TTL_MS')),
  renewEveryMs: Number(required('LEASE_RENEW_EVERY_MS')),
  now: () => new Date(),
  onAcquired: async () => {
    whatsAppSession = await openWhatsAppSession();
    report('session-open');
  },
  onLost: closeWhatsAppSession,
  onError: reportError,
});

const worker = startOutboxWorker({
  db: database.db,
  studio: () => loadStudio(database.db, studio.id),
  workerId,
  senders: () => new Map<Channel, Pick<Transport, 'send'>>(whatsAppSession ? [['telegram', telegram], ['whatsapp', whatsApp]] : [['telegram', telegram]]),
  idleMs: 50,
  claimForMs: 2_000,
  retryDelay: () => 100,
  onError: reportError,
});
report('ready');

process.once('SIGTERM', async () => {
  // The round in progress may still send on WhatsApp, so the session closes after it.
  await worker.stop();
  await lease.stop();
  await database.close();
  process.exit(0);
});
