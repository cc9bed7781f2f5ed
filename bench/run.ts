/**
 * `npm run bench`: every benchmark, printed as one JSON document on stdout. PostgreSQL figures need
 * DATABASE_URL pointing at a server where databases may be created. `npm run bench -- startup`,
 * `-- import`, `-- scoring`, `-- router`, `-- outbox` or `-- what-if` runs one of them.
 */
import { cpus } from 'node:os';
import { configFromEnvironment } from '../config.ts';
import { benchmarkImport } from './import.ts';
import { benchmarkOutbox } from './outbox.ts';
import { benchmarkRouter } from './router.ts';
import { benchmarkScoring } from './scoring.ts';
import { benchmarkStartup } from './startup.ts';
import { benchmarkWhatIf } from './what-if.ts';

const only = process.argv[2];
const postgresUrl = configFromEnvironment().database.url;
const report: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
};
if (!only || only === 'startup') report.startupEmbedded = await benchmarkStartup();
if (!only || only === 'import') report.import = await benchmarkImport(postgresUrl);
if (!only || only === 'scoring') report.scoring = await benchmarkScoring(postgresUrl);
if (!only || only === 'router') report.router = await benchmarkRouter(postgresUrl);
if (!only || only === 'outbox') report.outbox = await benchmarkOutbox(postgresUrl);
if (!only || only === 'what-if') report.whatIf = await benchmarkWhatIf();
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
