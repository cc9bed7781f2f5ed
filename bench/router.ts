/**
 * Router benchmark (issue 6): a studio of 100,000 clients on PostgreSQL; the latency of "quem está em
 * risco hoje" from a secretary (first answer, which computes the day's snapshot, then p50/p95 of the
 * following ones, with template narration), and the router's throughput on a mix of staff and lead
 * messages handled 32 at a time. Needs DATABASE_URL.
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

const asOf = '2026-11-24';
const secretary = '+5511987654321';
const base = Date.UTC(2026, 10, 24, 13, 0, 0);

const round = (value: number) => Math.round(value * 10) / 10;

export async function benchmarkRouter(postgresUrl: string | undefined, clients = 100_000) {
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
    await addStaff(database.db, studio.id, { phone: secretary, name: 'Júlia', role: 'secretary' });
    const router = createRouter({ db: database.db, studio, model: null });
    let sequence = 0;
    const message = (phone: string, text: string): InboundMessage => {
      sequence += 1;
      return { channel: 'whatsapp', address: `${phone.slice(1)}@s.whatsapp.net`, phone, text, transportMessageId: `b${sequence}`, receivedAt: new Date(base + sequence * 250) };
    };
    const ask = async (phone: string, text: string) => {
      const started = performance.now();
      await router.handle(message(phone, text), { asOf });
      return performance.now() - started;
    };

    const firstAnswerMs = await ask(secretary, 'quem está em risco hoje?');
    const latencies: number[] = [];
    for (let index = 0; index < 200; index++) latencies.push(await ask(secretary, 'quem esta em risco hj?'));

    const mix = ['oi', 'quanto custa?', 'que horas abre?', 'onde fica?', 'obrigado'];
    const messages = Array.from({ length: 4_000 }, (_, index) =>
      index % 5 === 0 ? { phone: secretary, text: 'quem esta em risco hj?' } : { phone: `+55219${String(10_000_000 + (index % 800)).padStart(8, '0')}`, text: mix[index % mix.length]! },
    );
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < messages.length) {
          const { phone, text } = messages[next++]!;
          await router.handle(message(phone, text), { asOf });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await database.close();
    return {
      clients,
      riskToday: { firstAnswerMs: Math.round(firstAnswerMs), p50Ms: round(nearestRank(latencies, 50)!), p95Ms: round(nearestRank(latencies, 95)!), maxMs: round(Math.max(...latencies)), samples: latencies.length },
      throughput: { messages: messages.length, concurrency: 32, seconds: round(seconds), messagesPerSecond: Math.round(messages.length / seconds) },
    };
  } finally {
    await drop();
  }
}
