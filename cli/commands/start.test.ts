import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/database.ts';
import { freePort, runPulso, spawnPulso } from '../../test/cli.ts';
import { createPostgresDatabase, describeEachDriver } from '../../test/databases.ts';

/** Polls GET url until it answers, or fails after `seconds`. */
async function waitForHttp(url: string, seconds: number): Promise<Response> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describeEachDriver('pulso start', (driver) => {
  let environment: Record<string, string>;
  let dataDir: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pulso-start-'));
    environment = { PULSO_DATA_DIR: dataDir, PULSO_DEMO: 'off' };
    if (driver === 'postgres') {
      const { url, drop } = await createPostgresDatabase();
      environment.DATABASE_URL = url;
      dropDatabase = drop;
    }
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  });

  it('creates and migrates the database, answers /health, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const child = spawnPulso(['start'], { ...environment, PORT: String(port) });
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = once(child, 'exit');
    try {
      const health = await waitForHttp(`http://127.0.0.1:${port}/health`, 60);
      expect(health.status).toBe(200);
      const body = (await health.json()) as { status: string; version: string; database: { driver: string; version: string } };
      expect(body).toMatchObject({ status: 'ok', version: '0.1.0', database: { driver } });
      expect(body.database.version).toMatch(/^PostgreSQL \d+/);

      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.headers.get('content-type')).toContain('text/html');
      expect(await home.text()).toContain('O Pulso está no ar');
      expect((await fetch(`http://127.0.0.1:${port}/nada`)).status).toBe(404);

      expect(stdout).toContain(`http://127.0.0.1:${port}/`);
      expect(stdout).toContain(driver === 'pglite' ? `PostgreSQL embutido (PGlite) em ${dataDir}` : 'PostgreSQL em 127.0.0.1');
      if (driver === 'pglite') {
        const second = await runPulso(['staff', 'list'], environment);
        expect(second.code).toBe(2);
        expect(second.stderr).toContain('está em uso por outro processo do Pulso');
      }
    } finally {
      child.kill('SIGINT');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stdout).toContain('Pulso parado.');
    expect(existsSync(join(dataDir, 'pulso.lock'))).toBe(false);
  });

  it('schedules the studio’s work on pg-boss, in the studio’s time zone', async () => {
    const port = await freePort();
    const child = spawnPulso(['start'], { ...environment, PORT: String(port) });
    let stdout = '';
    const scheduled = new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), stdout.includes('caixa de saída') && resolve())));
    const exited = once(child, 'exit');
    try {
      await scheduled;
      expect(stdout).toContain('Agenda (America/Sao_Paulo): retrato do dia 05:00, resumo da manhã 07:00, alerta da recepção 08:00.');
      expect(stdout).toContain('Sem WhatsApp nem Telegram (PULSO_TRANSPORTS), o resumo e os alertas ficam na caixa de saída');
    } finally {
      child.kill('SIGINT');
    }
    expect((await exited)[0]).toBe(0);
    const database = await openDatabase(driver === 'postgres' ? { driver, url: environment.DATABASE_URL! } : { driver, dataDir });
    try {
      const rows = await queryRows<{ name: string; cron: string; tz: string }>(database.db, sql`select name, cron, options->>'tz' as tz from pgboss.schedule order by name`);
      expect(rows).toEqual([
        { name: 'pulso.principal.catch-up', cron: '*/10 7-21 * * *', tz: 'America/Sao_Paulo' },
        { name: 'pulso.principal.daily-snapshot', cron: '0 5 * * *', tz: 'America/Sao_Paulo' },
        { name: 'pulso.principal.front-desk-alert', cron: '0 8 * * *', tz: 'America/Sao_Paulo' },
        { name: 'pulso.principal.owner-briefing', cron: '0 7 * * *', tz: 'America/Sao_Paulo' },
      ]);
    } finally {
      await database.close();
    }
  });

  it(
    driver === 'pglite'
      ? 'fills an empty embedded database with the demo studio, through the importer, and says so'
      : 'never fills an empty PostgreSQL database with the demo studio unless PULSO_DEMO=on',
    async () => {
      const fresh = await mkdtemp(join(tmpdir(), 'pulso-start-demo-'));
      let drop: (() => Promise<void>) | undefined;
      const env: Record<string, string> = { PULSO_DATA_DIR: fresh };
      if (driver === 'postgres') {
        const created = await createPostgresDatabase();
        env.DATABASE_URL = created.url;
        drop = created.drop;
      }
      const port = await freePort();
      const child = spawnPulso(['start'], { ...env, PORT: String(port) });
      let stdout = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = once(child, 'exit');
      try {
        await waitForHttp(`http://127.0.0.1:${port}/health`, 60);
        if (driver === 'pglite') {
          const deadline = Date.now() + 60_000;
          while (!stdout.includes('Estúdio de demonstração importado') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
          expect(stdout).toContain('Banco vazio: gerando o estúdio de demonstração');
          expect(stdout).toContain(`Estúdio de demonstração importado (4 planilhas de ${join(fresh, 'demo')})`);
          expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toMatch(/<dt>Clientes<\/dt><dd>300<\/dd>/);
        } else {
          expect(stdout).not.toContain('demonstração');
          expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toMatch(/<dt>Clientes<\/dt><dd>0<\/dd>/);
        }
      } finally {
        child.kill('SIGINT');
        await exited;
        await rm(fresh, { recursive: true, force: true });
        await drop?.();
      }
    },
  );

  it('refuses a port already in use with exit 2 and a message saying what to do', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runPulso(['start'], { ...environment, PORT: String(port) });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`A porta ${port} já está em uso`);
    } finally {
      blocker.close();
    }
  });

  it('stops on a wrong configuration value before touching anything, naming the variable', async () => {
    const result = await runPulso(['start'], { ...environment, PORT: 'oitenta' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT: esperado um número de porta entre 1 e 65535 (recebido: "oitenta")');
  });
});
