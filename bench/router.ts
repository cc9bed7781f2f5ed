/**
 * Router benchmark (issue 6): a studio of 100,000 clients on PostgreSQL, template narration.
 *
 * - Latency: a secretary asks "quem está em risco hoje" (the first answer computes the day's snapshot;
 *   then p50/p95 of 200 more). Her messages are 6 s apart on the messages' own clock, inside the
 *   rate limit (12 a minute), so every sample is a full answer (checked), not a rate-limited drop.
 * - Throughput: 4,000 messages, one in five the risk list from one of 16 secretaries, the rest lead
 *   questions from 640 numbers, each a short conversation (oi, preço, horário, endereço, obrigado). Senders are spread over 32 lanes that run at once; a lane handles its
 *   messages one after the other, so one sender's messages are never handled concurrently (as a
 *   transport delivers them). Every message is answered (checked). Timed: the wall clock from the
 *   first message to the last reply, logging included. Needs DATABASE_URL; BENCH_CLIENTS changes the
 *   studio's size (100,000 by default).
 */
import { nearestRank } from '../analytics/nearest-rank.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { addStaff } from '../db/staff-directory.ts';
import { ensureStudio } from '../db/studio.ts';
import { studioSettingsSchema } from '../db/studio-settings.ts';
import { studios } from '../db/schema/index.ts';
import { createRouter } from '../bot/router.ts';
import type { InboundMessage } from '../bot/transport.ts';
import { createFreshPostgresDatabase } from '../test/fresh-postgres-database.ts';
import { writeLargeStudio } from './large-studio.ts';
import { eq } from 'drizzle-orm';
import { oneDecimal } from './one-decimal.ts';

const asOf = '2026-11-24';
const secretary = '+5511987654321';
const base = Date.UTC(2026, 10, 24, 11, 0, 0);
const lanes = 32;
const staffSenders = 16;
const leadSenders = 800;


export async function benchmarkRouter(postgresUrl: string | undefined, clients = Number(process.env.BENCH_CLIENTS ?? 100_000)) {
  if (!postgresUrl) return { skipped: 'DATABASE_URL não definida' };
  const { url, drop } = await createFreshPostgresDatabase(postgresUrl, 'pulso_bench');
  try {
    const target = { driver: 'postgres', url } as const;
    const database = await openDatabase(target);
    await migrateDatabase(database, target);
    const created = await ensureStudio(database.db, 'principal', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
    const settings = studioSettingsSchema.parse({
      facts: {
        address: 'Rua das Flores, 100, São Paulo',
        openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '06:00', closes: '21:00' })),
        plans: [{ name: 'Calistenia 2x', priceCents: 29_000, sessionsPerWeek: 2 }],
      },
    });
    await database.db.update(studios).set({ settings }).where(eq(studios.id, created.id));
    const studio = { ...created, settings };
    await writeLargeStudio(database.db, studio.id, clients, asOf);
    const secretaries = [secretary, ...Array.from({ length: staffSenders }, (_, index) => `+55119876${String(10_000 + index).padStart(5, '0')}`)];
    for (const [index, phone] of secretaries.entries()) await addStaff(database.db, studio.id, { phone, name: `Secretária ${index}`, role: 'secretary' });
    const router = createRouter({ db: database.db, studio, model: null });
    let sequence = 0;
    const message = (phone: string, text: string, receivedAt: Date): InboundMessage => {
      sequence += 1;
      return { channel: 'whatsapp', address: `${phone.slice(1)}@s.whatsapp.net`, phone, text, transportMessageId: `b${sequence}`, receivedAt };
    };
    const answered = (result: Awaited<ReturnType<typeof router.handle>>) => result.replies.length > 0;

    // Latency: one secretary, one question every 6 s of message time.
    const ask = async (index: number, text: string) => {
      const started = performance.now();
      const result = await router.handle(message(secretary, text, new Date(base + index * 6_000)), { asOf });
      const elapsed = performance.now() - started;
      if (result.intent !== 'risk-today' || !answered(result) || !result.replies.some((reply) => reply.kind === 'text' && reply.text.startsWith('*Quem está em risco hoje*'))) {
        throw new Error(`the risk list was not answered: ${JSON.stringify(result).slice(0, 300)}`);
      }
      return elapsed;
    };
    const firstAnswerMs = await ask(0, 'quem está em risco hoje?');
    const latencies: number[] = [];
    for (let index = 1; index <= 200; index++) latencies.push(await ask(index, 'quem esta em risco hj?'));

    // Throughput: 32 lanes of senders at once, each lane in order.
    const mix = ['oi', 'quanto custa?', 'que horas abre?', 'onde fica?', 'obrigado'];
    const throughputBase = base + 201 * 6_000;
    const traffic = Array.from({ length: 4_000 }, (_, index) => {
      const staff = index % 5 === 0;
      const sender = staff ? (index / 5) % staffSenders : staffSenders + (index % leadSenders);
      const phone = staff ? secretaries[1 + sender]! : `+55219${String(10_000_000 + (index % leadSenders)).padStart(8, '0')}`;
      const text = staff ? 'quem esta em risco hj?' : mix[Math.floor(index / leadSenders) % mix.length]!;
      return { lane: sender % lanes, message: message(phone, text, new Date(throughputBase + index * 250)) };
    });
    const intents: Record<string, number> = {};
    let unanswered = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (const entry of traffic) {
          if (entry.lane !== lane) continue;
          const result = await router.handle(entry.message, { asOf });
          intents[result.intent] = (intents[result.intent] ?? 0) + 1;
          if (!answered(result)) unanswered += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    await database.close();
    if (unanswered) throw new Error(`${unanswered} messages of the throughput run got no reply`);
    return {
      clients,
      riskToday: {
        timed: 'router.handle of one secretary, sequential, logging included; each reply checked to be the risk list',
        firstAnswerMs: Math.round(firstAnswerMs), p50Ms: oneDecimal(nearestRank(latencies, 50)!), p95Ms: oneDecimal(nearestRank(latencies, 95)!), maxMs: oneDecimal(Math.max(...latencies)), samples: latencies.length,
      },
      throughput: {
        timed: 'wall clock of all messages through router.handle, logging included; every message answered (checked)',
        messages: traffic.length, concurrentSenders: lanes, senders: new Set(traffic.map((entry) => entry.message.address)).size, intents,
        routerProcessCpuSeconds: oneDecimal((cpu.user + cpu.system) / 1e6),
        seconds: oneDecimal(seconds), messagesPerSecond: Math.round(traffic.length / seconds),
      },
    };
  } finally {
    await drop();
  }
}
