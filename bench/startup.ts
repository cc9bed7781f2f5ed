/**
 * Start-up to ready on the embedded database: spawn `pulso start`, poll /health until it answers, read
 * the server's resident memory, send SIGINT and time the clean stop. "Cold" starts on an empty data
 * folder (PostgreSQL's initdb and every migration), "warm" on the folder the cold run left. The demo
 * studio that a first start imports after it is ready is switched off, so only start-up is timed.
 */
import { once } from 'node:events';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnPulso } from '../test/cli.ts';

export interface StartupRun {
  readyMs: number;
  stopMs: number;
  rssMb: number;
}

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kilobytes / 1024);
}

async function startOnce(dataDir: string): Promise<StartupRun> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnPulso(['start'], { PULSO_DATA_DIR: dataDir, PORT: String(port), PULSO_DEMO: 'off' });
  const exited = once(child, 'exit');
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`pulso start exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const rssMb = await residentMegabytes(child.pid!);
  const stopping = performance.now();
  child.kill('SIGINT');
  const [code] = await exited;
  if (code !== 0) throw new Error(`pulso start stopped with exit code ${code}`);
  return { readyMs: Math.round(readyMs), stopMs: Math.round(performance.now() - stopping), rssMb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export async function benchmarkStartup(warmRuns = 5) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pulso-bench-'));
  try {
    const cold = await startOnce(dataDir);
    const warm: StartupRun[] = [];
    for (let run = 0; run < warmRuns; run++) warm.push(await startOnce(dataDir));
    return {
      cold,
      warm: {
        runs: warmRuns,
        readyMsMedian: median(warm.map((run) => run.readyMs)),
        readyMsMax: Math.max(...warm.map((run) => run.readyMs)),
        stopMsMedian: median(warm.map((run) => run.stopMs)),
        rssMbMedian: median(warm.map((run) => run.rssMb)),
      },
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
