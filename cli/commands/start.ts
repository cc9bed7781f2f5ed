/**
 * `pulso start` (npm start): migrate, then serve HTTP until Ctrl-C or SIGTERM, then close the server and
 * the database cleanly. Works with no configuration at all on the embedded database.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { configFromEnvironment, type Config } from '../../config.ts';
import { InputError } from '../../domain/input-error.ts';
import { packageVersion } from '../../domain/package-version.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../logger.ts';
import { openStudioSession, type StudioSession } from '../studio-session.ts';

async function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  const server = app.listen(config.http.port, config.http.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new InputError(`A porta ${config.http.port} já está em uso em ${config.http.host}. Escolha outra com PORT, por exemplo PORT=${config.http.port + 1}.`);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new InputError(`PULSO_HOST=${config.http.host} não é um endereço desta máquina. Use 127.0.0.1 ou 0.0.0.0.`);
    }
    throw error;
  }
  return server;
}

function banner(session: StudioSession, config: Config, readyMs: number): string {
  const shownHost = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  const base = `http://${shownHost}:${config.http.port}`;
  const data = session.database.driver === 'pglite'
    ? `PostgreSQL embutido (PGlite) em ${resolve(config.database.dataDir)}`
    : `PostgreSQL em ${session.database.location}`;
  const seconds = (readyMs / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  return [
    `Pulso ${packageVersion()} no ar em ${seconds} s.`,
    `  Painel:  ${base}/`,
    `  Saúde:   ${base}/health`,
    `  Dados:   ${data}`,
    `  Estúdio: ${session.studio.name} (${session.studio.slug}), fuso ${session.studio.timeZone}`,
    'Próximos passos:',
    '  npx pulso demo --out exemplo      # planilhas de exemplo no formato do Tecnofit',
    '  npx pulso staff add --phone "(11) 98765-4321" --role owner --name "Seu nome"',
    'Para parar: Ctrl-C.',
    '',
  ].join('\n');
}

/** Resolves on the first SIGINT or SIGTERM; a second one while shutting down exits at once. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(130));
      resolveSignal(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export function startCommand(): Command {
  return new Command('start')
    .description('inicia o Pulso: API, painel e banco de dados')
    .action(async () => {
      const config = configFromEnvironment();
      const logger = createLogger(config.logLevel);
      const session = await openStudioSession(config);
      let server: Server | undefined;
      try {
        const app = createApp({ database: session.database, studio: session.studio, appVersion: packageVersion(), logger });
        server = await listen(app, config);
        const stopped = untilStopSignal();
        process.stdout.write(banner(session, config, performance.now()));
        logger.info({ driver: session.database.driver, port: config.http.port }, 'pulso started');
        const signal = await stopped;
        process.stdout.write('\nParando o Pulso...\n');
        logger.info({ signal }, 'pulso stopping');
      } finally {
        if (server) {
          server.closeAllConnections();
          await new Promise((done) => server!.close(done));
        }
        await session.database.close();
      }
      process.stdout.write('Pulso parado.\n');
    });
}
