/**
 * Issue 7: any number of `pulso start` processes share one PostgreSQL and each message is still sent
 * once; one process at a time owns the WhatsApp session through a lease, and another takes it over
 * when the owner dies. Real worker processes (test/outbox-worker-process.ts) are spawned, killed and
 * restarted against a fake network (test/fake-network.ts). PostgreSQL only: processes cannot share an
 * embedded PGlite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../../db/database.ts';
import type { Channel } from '../../db/schema/index.ts';
import { saveStudioSettings, type Studio } from '../../db/studio.ts';
import { childEnvironment } from '../../test/cli.ts';
import { openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { startFakeNetwork, type FakeNetwork, type FakeNetworkOptions } from '../../test/fake-network.ts';
import { networkMessageId } from './network-message-id.ts';
import { enqueue, type QueuedMessage } from '../../db/outbox-queue.ts';
import { maximumAttempts } from './retry-delay.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const workerEntry = fileURLToPath(new URL('../../test/outbox-worker-process.ts', import.meta.url));
const leaseTtlMs = 3_000;
const leaseRenewEveryMs = 500;
const batchSize = 1_000;

interface WorkerProcess {
  id: string;
  child: ChildProcess;
  events: string[];
  stderr: string;
  /** Set when the test signals it, so an exit nobody asked for fails the wait at once. */
  signalled: boolean;
  exited: boolean;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const postgresUrl = inject('postgresUrl');
const describePostgres = postgresUrl ? describe : describe.skip;
const suiteName = postgresUrl ? 'scale-out [PostgreSQL]' : 'scale-out [PostgreSQL: pulado, DATABASE_URL não definida]';

describePostgres(suiteName, () => {
  let database: TestDatabase;
  let studio: Studio;
  let network: FakeNetwork | null = null;
  const workers: WorkerProcess[] = [];

  beforeEach(async () => {
    database = await openTestDatabase('postgres');
    studio = await openTestStudio(database);
    // No pacing and no quiet hours: the tests are about sharing the work, not about when to send.
    const settings = { ...studio.settings, sendRate: { secondsBetweenMessages: 0, jitterSeconds: 0, dailyMaximum: 100_000 }, quietHours: { start: '00:00', end: '00:00', sundays: false } };
    await saveStudioSettings(database.db, studio.id, settings, new Date());
  });

  afterEach(async () => {
    for (const worker of workers.splice(0)) await stopWorker(worker, 'SIGKILL');
    await network?.close();
    network = null;
    await database.close();
  });

  async function openNetwork(options?: FakeNetworkOptions): Promise<FakeNetwork> {
    network = await startFakeNetwork(options);
    return network;
  }

  function startWorker(id: string, fakeNetwork: FakeNetwork): WorkerProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', workerEntry], {
      cwd: projectRoot,
      env: childEnvironment({ ...database.environment, FAKE_NETWORK_URL: fakeNetwork.url, WORKER_ID: id, LEASE_TTL_MS: String(leaseTtlMs), LEASE_RENEW_EVERY_MS: String(leaseRenewEveryMs) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker: WorkerProcess = {
      id,
      child,
      events: [],
      stderr: '',
      signalled: false,
      exited: false,
      exit: new Promise((resolve) =>
        child.once('exit', (code, signal) => {
          worker.exited = true;
          resolve({ code, signal });
        }),
      ),
    };
    createInterface({ input: child.stdout! }).on('line', (line) => worker.events.push((JSON.parse(line) as { event: string }).event));
    child.stderr!.on('data', (chunk: Buffer) => (worker.stderr += chunk.toString('utf8')));
    workers.push(worker);
    return worker;
  }

  function stopWorker(worker: WorkerProcess, signal: 'SIGKILL' | 'SIGTERM') {
    worker.signalled = true;
    worker.child.kill(signal);
    return worker.exit;
  }

  async function waitUntil(description: string, condition: () => boolean | Promise<boolean>, timeoutMs = 40_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      const crashed = workers.find((worker) => worker.exited && !worker.signalled);
      if (crashed || Date.now() > deadline) {
        const logs = workers.map((worker) => `--- ${worker.id} (${worker.events.join(', ')})\n${worker.stderr.slice(-2_000)}`).join('\n');
        throw new Error(`${crashed ? `${crashed.id} exited` : 'timed out'} waiting until ${description}\n${logs}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  function messages(channelOf: (index: number) => Channel): QueuedMessage[] {
    return Array.from({ length: batchSize }, (_, index) => {
      const channel = channelOf(index);
      return {
        idempotencyKey: `lote:${index}`,
        channel,
        recipient: channel === 'whatsapp' ? `55119${String(index).padStart(8, '0')}@s.whatsapp.net` : String(700_000 + index),
        audience: 'client',
        purpose: 'expires-within-15-days',
        payload: { kind: 'text', text: `Olá, cliente ${index}!` },
        dueAt: new Date(),
      };
    });
  }

  async function statusCounts(): Promise<Record<string, number>> {
    const rows = await queryRows<{ status: string; count: number }>(database.db, sql`select status, count(*)::int as count from outbox group by status`);
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }

  /** Waits until no row is left to send, then expects every one sent. */
  async function expectAllSent(): Promise<void> {
    await waitUntil('every row is sent or dead', async () => {
      const counts = await statusCounts();
      return (counts.sent ?? 0) + (counts.dead ?? 0) === batchSize;
    });
    expect(await statusCounts()).toEqual({ sent: batchSize });
  }

  /** Every queued message reached the network, under the id derived from its key. */
  function expectEveryMessageDelivered(fakeNetwork: FakeNetwork, queued: QueuedMessage[]): void {
    expect(fakeNetwork.delivered.size).toBe(batchSize);
    const missing = queued.filter((message) => !fakeNetwork.delivered.has(networkMessageId(studio.id, message.idempotencyKey)));
    expect(missing).toEqual([]);
  }

  /**
   * WhatsApp sends refused for want of a session. A killed worker is left out: its last request can
   * reach the fake after the fake saw its session's connection drop, which on WhatsApp (one socket for
   * both) cannot happen.
   */
  const sendsWithoutSessionBy = (fakeNetwork: FakeNetwork, workerId: string) => fakeNetwork.sendsWithoutSession.filter((message) => message.worker === workerId);

  const deliveredOn = (fakeNetwork: FakeNetwork, channel: Channel) => [...fakeNetwork.delivered.values()].filter((message) => message.channel === channel);

  it('a worker killed in the middle of 1,000 messages and a restarted one deliver each exactly once', async () => {
    // The 200th message reaches the network and its sender never hears back: killed then, the worker
    // leaves a row the network has and the outbox still calls "sending".
    const fakeNetwork = await openNetwork({ withholdReplyToDelivery: 200 });
    const queued = messages(() => 'whatsapp');
    await enqueue(database.db, studio.id, queued);
    const first = startWorker('w1', fakeNetwork);
    await waitUntil('the network holds its reply to the 200th message', () => fakeNetwork.withheld !== null);
    await stopWorker(first, 'SIGKILL');
    expect(fakeNetwork.delivered.size).toBe(200);
    expect((await statusCounts()).sent).toBe(199);

    startWorker('w2', fakeNetwork);
    await expectAllSent();

    expectEveryMessageDelivered(fakeNetwork, queued);
    // The restart sent the 200th again under the same id, and WhatsApp kept one copy.
    expect(fakeNetwork.duplicatesDropped).toBe(1);
    expect(fakeNetwork.delivered.get(fakeNetwork.withheld!.messageId)!.worker).toBe('w1');
    expect(fakeNetwork.overlaps).toEqual([]);
    expect(sendsWithoutSessionBy(fakeNetwork, 'w2')).toEqual([]);
    expect(fakeNetwork.sessions.map((span) => span.worker)).toEqual(['w1', 'w2']);
    console.log(`SIGKILL after 200 of ${batchSize} reached the network; duplicatesDropped = ${fakeNetwork.duplicatesDropped}`);
  });

  it('four workers share a batch of 1,000 with one WhatsApp session, handed over when its holder is killed', async () => {
    const fakeNetwork = await openNetwork();
    const four = ['w1', 'w2', 'w3', 'w4'].map((id) => startWorker(id, fakeNetwork));
    await waitUntil('all four workers are ready and one opened the WhatsApp session', () => four.every((worker) => worker.events.includes('ready')) && fakeNetwork.openSession('whatsapp') !== null);
    const queued = messages((index) => (index % 2 === 0 ? 'whatsapp' : 'telegram'));
    await enqueue(database.db, studio.id, queued);

    await waitUntil('100 WhatsApp messages reached the network', () => deliveredOn(fakeNetwork, 'whatsapp').length >= 100);
    const holderId = fakeNetwork.openSession('whatsapp')!.worker;
    const holder = four.find((worker) => worker.id === holderId)!;
    await stopWorker(holder, 'SIGKILL');
    const killedAt = Date.now();
    const whatsAppBeforeKill = deliveredOn(fakeNetwork, 'whatsapp').length;
    expect(whatsAppBeforeKill).toBeLessThan(batchSize / 2);

    await expectAllSent();

    expectEveryMessageDelivered(fakeNetwork, queued);
    // Only the killed worker can have left a sent-but-unrecorded row, and only one.
    expect(fakeNetwork.duplicatesDropped + fakeNetwork.duplicatesDelivered).toBeLessThanOrEqual(1);
    expect(fakeNetwork.overlaps).toEqual([]);
    for (const worker of four.filter((worker) => worker !== holder)) expect(sendsWithoutSessionBy(fakeNetwork, worker.id)).toEqual([]);

    const [held, takenOver, ...later] = fakeNetwork.sessions;
    expect(later).toEqual([]);
    expect(held!.worker).toBe(holderId);
    expect(takenOver!.worker).not.toBe(holderId);
    const takeoverMs = takenOver!.openedAt - killedAt;
    expect(takeoverMs).toBeLessThan(leaseTtlMs + leaseRenewEveryMs + 2_000);

    const whatsAppSenders = new Set(deliveredOn(fakeNetwork, 'whatsapp').map((message) => message.worker));
    expect([...whatsAppSenders].sort()).toEqual([holderId, takenOver!.worker].sort());
    const afterTakeover = deliveredOn(fakeNetwork, 'whatsapp').filter((message) => message.worker === takenOver!.worker);
    expect(afterTakeover.length).toBeGreaterThanOrEqual(batchSize / 2 - whatsAppBeforeKill - 1);

    const telegramShare = new Map<string, number>();
    for (const message of deliveredOn(fakeNetwork, 'telegram')) telegramShare.set(message.worker, (telegramShare.get(message.worker) ?? 0) + 1);
    expect(telegramShare.size).toBeGreaterThan(1);

    const survivors = four.filter((worker) => worker !== holder);
    const exits = await Promise.all(survivors.map((worker) => stopWorker(worker, 'SIGTERM')));
    expect(exits).toEqual(survivors.map(() => ({ code: 0, signal: null })));
    expect(fakeNetwork.openSession('whatsapp')).toBeNull();
    const leases = await queryRows<{ name: string }>(database.db, sql`select name from leases where expires_at > now()`);
    expect(leases).toEqual([]);
    console.log(`session of ${holderId} taken over by ${takenOver!.worker} ${takeoverMs} ms after SIGKILL; Telegram rows per worker: ${JSON.stringify(Object.fromEntries(telegramShare))}; duplicatesDropped = ${fakeNetwork.duplicatesDropped}, duplicatesDelivered = ${fakeNetwork.duplicatesDelivered}`);
  });

  it('a network failing 30 % of sends gets everything once, with every failure recorded and nothing dead', async () => {
    const fakeNetwork = await openNetwork({ failures: { fraction: 0.3, seed: 7, atMostPerMessage: maximumAttempts - 1 } });
    const queued = messages((index) => (index % 2 === 0 ? 'whatsapp' : 'telegram'));
    await enqueue(database.db, studio.id, queued);
    startWorker('w1', fakeNetwork);
    startWorker('w2', fakeNetwork);

    await expectAllSent();

    expectEveryMessageDelivered(fakeNetwork, queued);
    expect([fakeNetwork.duplicatesDropped, fakeNetwork.duplicatesDelivered]).toEqual([0, 0]);
    expect([fakeNetwork.overlaps, fakeNetwork.sendsWithoutSession]).toEqual([[], []]);
    const failedShare = fakeNetwork.failuresInjected / (fakeNetwork.failuresInjected + batchSize);
    expect(failedShare).toBeGreaterThan(0.25);
    expect(failedShare).toBeLessThan(0.35);
    const [retried] = await queryRows<{ rows: number; failed_attempts: number; with_error: number; most_attempts: number }>(
      database.db,
      sql`select count(*) filter (where attempts > 1)::int as rows,
                 coalesce(sum(attempts - 1), 0)::int as failed_attempts,
                 count(*) filter (where attempts > 1 and last_error like '%503%')::int as with_error,
                 max(attempts)::int as most_attempts
          from outbox`,
    );
    // Each failure the network answered is one recorded attempt, with its error kept on the row.
    expect(retried!.failed_attempts).toBe(fakeNetwork.failuresInjected);
    expect(retried!.with_error).toBe(retried!.rows);
    expect(retried!.rows).toBeGreaterThan(0);
    expect(retried!.most_attempts).toBeLessThanOrEqual(maximumAttempts);
    console.log(`${fakeNetwork.failuresInjected} sends failed with 503 over ${retried!.rows} rows; the most attempts a row needed: ${retried!.most_attempts}`);
  });
});
