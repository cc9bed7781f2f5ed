/** `npm run bench`: every benchmark, printed as one JSON document on stdout. */
import { cpus } from 'node:os';
import { benchmarkStartup } from './startup.ts';

const report = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  startupEmbedded: await benchmarkStartup(),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
