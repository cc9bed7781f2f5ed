/**
 * What-if benchmark (issue 9): the demo studio (300 clients) in the embedded database; p50/p95 of a
 * forward question (fit the model from the database, three months with intervals and contributions,
 * playbook save rates, log the prediction) and of an inverse one (the same, with the exhaustive grid
 * search), 50 runs each after one warm-up. Targets: forward under 200 ms, inverse under 1 s.
 */
import { nearestRank } from '../analytics/nearest-rank.ts';
import { forwardWhatIf, inverseWhatIf } from '../analytics/what-if/studio-what-if.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio } from '../db/studio.ts';
import { importDemo } from '../test/demo-studio.ts';
import { oneDecimal } from './one-decimal.ts';

const asOf = '2026-11-24';
const runs = 50;

async function timed(run: () => Promise<unknown>) {
  await run();
  const latencies: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    latencies.push(performance.now() - started);
  }
  return { p50Ms: oneDecimal(nearestRank(latencies, 50)!), p95Ms: oneDecimal(nearestRank(latencies, 95)!), samples: runs };
}

export async function benchmarkWhatIf() {
  const target = { driver: 'pglite', dataDir: null } as const;
  const database = await openDatabase(target);
  await migrateDatabase(database, target);
  const studio = await ensureStudio(database.db, 'principal', { name: 'Bench', timeZone: 'America/Sao_Paulo' });
  const demo = await importDemo(database.db, studio, { customers: 300, seed: 11, asOf });
  try {
    const forward = await timed(() => forwardWhatIf(database.db, studio, { asOf, changes: { renewal: 5, ticket: 1_500 } }));
    const inverse = await timed(() => inverseWhatIf(database.db, studio, { asOf, targetCents: 3_000_000, month: '2027-02-01' }));
    return { studio: 'demo, 300 clientes, PGlite', forward: { ...forward, targetMs: 200 }, inverse: { ...inverse, targetMs: 1_000 } };
  } finally {
    await database.close();
    await demo.remove();
  }
}
