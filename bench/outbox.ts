/**
 * Outbox benchmark (issue 7): how fast one worker drains queued messages through a sender that answers
 * at once (so the figure is Pulso's own cost per message: claim, opt-out check, send, record), and how
 * long planning a weekday 08:00 takes on the demo studio (snapshot, briefing, alert, automated
 * messages). Embedded PGlite, and PostgreSQL when DATABASE_URL is set.
 */
import { planOutreach } from '../bot/outreach/plan-outreach.ts';
import { drainOutbox } from '../bot/outreach/drain-outbox.ts';
import { enqueue, type QueuedMessage } from '../db/outbox-queue.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { addStaff } from '../db/staff-directory.ts';
import { ensureStudio, saveStudioSettings } from '../db/studio.ts';
import { importDemo } from '../test/demo-studio.ts';
import { createFreshPostgresDatabase } from '../test/fresh-postgres-database.ts';
import { oneDecimal } from './one-decimal.ts';

const messages = 2_000;
const tuesdayAt8 = new Date('2026-11-24T11:00:00Z');

async function measure(database: Database) {
  const studio = await ensureStudio(database.db, 'principal', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
  studio.settings = await saveStudioSettings(database.db, studio.id, { ...studio.settings, playbooks: { 'expires-within-15-days': true, 'trial-without-plan': true } }, tuesdayAt8);
  const demo = await importDemo(database.db, studio, { customers: 300, seed: 11, asOf: '2026-11-24' });
  await addStaff(database.db, studio.id, { phone: '+5511987651111', name: 'Júlia Ramos', role: 'secretary' });
  await addStaff(database.db, studio.id, { phone: '+5511987654321', name: 'Marina Costa', role: 'owner' });
  const planStarted = performance.now();
  const plan = await planOutreach({ db: database.db, studio, now: tuesdayAt8, model: null });
  const planMs = performance.now() - planStarted;
  const batch: QueuedMessage[] = Array.from({ length: messages }, (_, index) => ({
    idempotencyKey: `bench:${index}`, channel: 'telegram', recipient: String(1000 + (index % 50)), audience: 'staff', purpose: 'bench',
    payload: { kind: 'text', text: `mensagem ${index}` }, dueAt: tuesdayAt8,
  }));
  await enqueue(database.db, studio.id, batch);
  const sender = { send: async () => ({ transportMessageId: null }) };
  const drainStarted = performance.now();
  const deliveries = await drainOutbox({ db: database.db, studio, senders: new Map([['telegram', sender]]), workerId: 'bench', now: () => tuesdayAt8, batchSize: 50 });
  const drainMs = performance.now() - drainStarted;
  await demo.remove();
  return {
    planWeekdayAt8Ms: oneDecimal(planMs),
    plannedMessages: plan.planned.length,
    drainedMessages: deliveries.filter((delivery) => delivery.status === 'sent').length,
    drainMessagesPerSecond: oneDecimal((deliveries.length / drainMs) * 1000),
  };
}

async function onTarget(target: DatabaseTarget) {
  const database = await openDatabase(target);
  try {
    await migrateDatabase(database, target);
    return await measure(database);
  } finally {
    await database.close();
  }
}

export async function benchmarkOutbox(postgresUrl: string | undefined) {
  const embedded = await onTarget({ driver: 'pglite', dataDir: null });
  if (!postgresUrl) return { embedded, postgres: { skipped: 'DATABASE_URL não definida' } };
  const { url, drop } = await createFreshPostgresDatabase(postgresUrl, 'pulso_bench');
  try {
    return { embedded, postgres: await onTarget({ driver: 'postgres', url }) };
  } finally {
    await drop();
  }
}
