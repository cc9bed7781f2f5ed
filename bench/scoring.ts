/**
 * Scoring benchmark (issue 4): a studio of 10,000 and one of 100,000 clients (with about 2,000,000 sales
 * and balance rows) on PostgreSQL, and the wall time of the real `pulso score` and `pulso risk --limit
 * 50` on each, so the growth is visible. Needs DATABASE_URL (a server where databases may be created).
 */
import { openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio } from '../db/studio.ts';
import { runPulso } from '../test/cli.ts';
import { createFreshPostgresDatabase } from '../test/fresh-postgres-database.ts';
import { writeLargeStudio } from './large-studio.ts';

const asOf = '2026-11-24';

async function timed(args: string[], environment: Record<string, string>): Promise<number> {
  const started = performance.now();
  const result = await runPulso(args, environment);
  if (result.code !== 0) throw new Error(`pulso ${args.join(' ')} failed: ${result.stderr}`);
  return Math.round(performance.now() - started);
}

async function measure(adminUrl: string, clients: number) {
  const { url, drop } = await createFreshPostgresDatabase(adminUrl, 'pulso_bench');
  try {
    const target = { driver: 'postgres', url } as const;
    const database = await openDatabase(target);
    await migrateDatabase(database, target);
    const studio = await ensureStudio(database.db, 'principal', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
    const started = performance.now();
    const rows = await writeLargeStudio(database.db, studio.id, clients, asOf);
    const buildMs = Math.round(performance.now() - started);
    await database.close();
    const environment = { DATABASE_URL: url, PULSO_LOG_LEVEL: 'warn' };
    const scoreMs = await timed(['score', '--as-of', asOf], environment);
    const scoreAgainMs = await timed(['score', '--as-of', asOf], environment);
    const riskMs = await timed(['risk', '--as-of', asOf, '--limit', '50', '--json'], environment);
    return { clients, salesRows: rows.sales, balanceRows: rows.balances, buildMs, scoreMs, scoreAgainMs, riskLimit50Ms: riskMs };
  } finally {
    await drop();
  }
}

export async function benchmarkScoring(postgresUrl: string | undefined) {
  if (!postgresUrl) return { skipped: 'DATABASE_URL não definida' };
  const small = await measure(postgresUrl, 10_000);
  const large = await measure(postgresUrl, 100_000);
  return { small, large, growth: { clients: large.clients / small.clients, scoreTime: Math.round((large.scoreMs / small.scoreMs) * 10) / 10 } };
}
