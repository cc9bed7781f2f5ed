/**
 * `pulso start` (npm start): migrate, then serve HTTP and the chat transports (PULSO_TRANSPORTS) until
 * Ctrl-C or SIGTERM, then close them, the server and the database cleanly. Works with no configuration at all on the embedded database.
 */
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { calendarDateAt, type CalendarDate } from '../../domain/calendar-date.ts';
import { InputError } from '../../domain/input-error.ts';
import type { Inbox } from '../../ingest/inbox.ts';
import { packageVersion } from '../../domain/package-version.ts';
import type { Engine } from '../../bot/engine.ts';
import type { Transport } from '../../bot/transport.ts';
import type { PulsoDb } from '../../db/database.ts';
import type { createApp } from '../../server/app.ts';
import type { StudioSession } from '../studio-session.ts';

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
  const inbox = config.inboxDir ? [`  Entrada: ${resolve(config.inboxDir)} (solte ali as planilhas exportadas do sistema)`] : [];
  const shownHost = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  const base = `http://${shownHost}:${config.http.port}`;
  const data = session.database.driver === 'pglite'
    ? `PostgreSQL embutido (PGlite) em ${resolve(config.database.dataDir)}`
    : `PostgreSQL em ${session.database.location}`;
  const seconds = (readyMs / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  return [
    `Pulso ${packageVersion()} no ar em ${seconds} s.`,
    `  Início:  ${base}/`,
    `  Painel:  ${base}/painel (entre pelo link que pulso staff token mostra)`,
    `  Saúde:   ${base}/health`,
    `  Dados:   ${data}`,
    `  Estúdio: ${session.studio.name} (${session.studio.slug}), fuso ${session.studio.timeZone}`,
    ...inbox,
    'Próximos passos:',
    '  npx pulso import funil_vendas.xlsx clientes.xlsx   # as planilhas exportadas do Tecnofit',
    '  npx pulso risk --limit 10                          # quem está em risco hoje',
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

/** The configured chat transports, each library loaded only when its channel is used. */
async function transportsFor(config: Config, { db, studioId }: { db: PulsoDb; studioId: number }, logger: Logger): Promise<Transport[]> {
  return Promise.all(
    config.transports.map(async (name): Promise<Transport> => {
      if (name === 'console') {
        const { consoleTransport } = await import('../../bot/transports/console-transport.ts');
        return consoleTransport({ input: process.stdin, output: process.stdout });
      }
      if (name === 'telegram') {
        const { telegramTransport } = await import('../../bot/transports/telegram-transport.ts');
        return telegramTransport({ token: config.telegramBotToken!, publicUrl: config.publicUrl, onError: (error) => logger.error({ err: error }, 'telegram update failed') });
      }
      const { whatsappTransport } = await import('../../bot/transports/whatsapp/whatsapp-transport.ts');
      return whatsappTransport({ db, studioId, logger, pairingPhone: config.whatsappPhone ?? null });
    }),
  );
}

/** How often the inbox folder is looked at; a file is imported on the scan after it stops changing. */
const inboxScanMs = 5_000;

async function openInbox(session: StudioSession, directory: string, today: () => CalendarDate, logger: Logger, engine: Engine): Promise<Inbox> {
  await mkdir(resolve(directory), { recursive: true });
  const [{ createInbox }, { recordOutcomesFromImports }] = await Promise.all([import('../../ingest/inbox.ts'), import('../../analytics/queries/outcomes-from-imports.ts')]);
  // New sales may be the outcome of the studio's actions (a renewal, a payment after a contact), and
  // the day's snapshot must be computed again from the new data.
  const afterImport = async () => {
    logger.info(await recordOutcomesFromImports(session.database.db, session.studio, today()), 'outcomes from import');
    await engine.snapshotSoon();
  };
  return createInbox({ db: session.database.db, studio: session.studio, directory: resolve(directory), today, logger, afterImport });
}

async function fillWithDemo(session: StudioSession, config: Config, today: CalendarDate, logger: Logger): Promise<void> {
  process.stdout.write('Banco vazio: gerando o estúdio de demonstração e importando-o pelo mesmo importador das planilhas reais...\n');
  try {
    const { importDemoStudio } = await import('../first-start-demo.ts');
    const { directory, reports } = await importDemoStudio(session, config, today);
    const imported = reports.filter((report) => report.status === 'applied').length;
    process.stdout.write(
      `Estúdio de demonstração importado (${imported} planilhas de ${directory}). ` +
        'Para usar os dados do seu estúdio, apague a pasta de dados e importe as suas exportações, ou defina PULSO_DEMO=off.\n',
    );
  } catch (error) {
    logger.error({ err: error }, 'demo import failed');
    process.stdout.write('Não foi possível importar o estúdio de demonstração; o Pulso segue sem ele.\n');
  }
}

export function startCommand(): Command {
  return new Command('start')
    .description('inicia o Pulso: API, painel e banco de dados')
    .action(async () => {
      const [{ configFromEnvironment }, { createLogger }, { openStudioSession }, { createApp }, { isEmpty, wantsDemo }] = await Promise.all([
        import('../../config.ts'),
        import('../logger.ts'),
        import('../studio-session.ts'),
        import('../../server/app.ts'),
        import('../first-start-demo.ts'),
      ]);
      const config = configFromEnvironment();
      const logger = createLogger(config.logLevel);
      const session = await openStudioSession(config);
      const today = () => calendarDateAt(new Date(), session.studio.timeZone);
      let server: Server | undefined;
      let demoImport: Promise<void> = Promise.resolve();
      let inboxScan: Promise<unknown> = Promise.resolve();
      let inboxTimer: NodeJS.Timeout | undefined;
      let engine: Engine | undefined;
      try {
        const transports = await transportsFor(config, { db: session.database.db, studioId: session.studio.id }, logger);
        const webhooks = transports.flatMap((transport) => (transport.webhook ? [transport.webhook] : []));
        const app = createApp({ database: session.database, studio: session.studio, appVersion: packageVersion(), logger, webhooks, corsOrigins: config.http.corsOrigins });
        server = await listen(app, config);
        const stopped = untilStopSignal();
        process.stdout.write(banner(session, config, performance.now()));
        logger.info({ driver: session.database.driver, port: config.http.port }, 'pulso started');
        const onError = (error: unknown) => logger.error({ err: error }, 'message handling failed');
        const [{ createRouter }, { startEngine }, { openAiLanguageModel }, { workerIdentity }] = await Promise.all([
          import('../../bot/router.ts'),
          import('../../bot/engine.ts'),
          import('../../narrate/llm/language-model.ts'),
          import('../../bot/outreach/worker-identity.ts'),
        ]);
        const model = openAiLanguageModel(config.llm);
        const router = createRouter({ db: session.database.db, studio: session.studio, model, onError });
        const running = await startEngine({ database: session.database, studio: session.studio, router, transports, model, workerId: workerIdentity(), logger });
        engine = running;
        const { schedule } = session.studio.settings;
        process.stdout.write(`Agenda (${session.studio.timeZone}): retrato do dia ${schedule.dailySnapshot}, resumo da manhã ${schedule.ownerBriefing}, alerta da recepção ${schedule.frontDeskAlert}.\n`);
        if (!config.transports.some((name) => name === 'whatsapp' || name === 'telegram')) {
          process.stdout.write('  Sem WhatsApp nem Telegram (PULSO_TRANSPORTS), o resumo e os alertas ficam na caixa de saída até um canal ser ligado.\n');
        }
        if (wantsDemo(config, session) && (await isEmpty(session))) demoImport = fillWithDemo(session, config, today(), logger).then(() => running.snapshotSoon());
        if (config.inboxDir) {
          const inbox = await openInbox(session, config.inboxDir, today, logger, running);
          inboxTimer = setInterval(() => {
            inboxScan = inbox.scan().catch((error: unknown) => logger.error({ err: error }, 'inbox scan failed'));
          }, inboxScanMs);
        }
        const signal = await stopped;
        process.stdout.write('\nParando o Pulso...\n');
        logger.info({ signal }, 'pulso stopping');
      } finally {
        clearInterval(inboxTimer);
        await Promise.allSettled([demoImport, inboxScan]);
        await engine?.stop();
        if (server) {
          server.closeAllConnections();
          await new Promise((done) => server!.close(done));
        }
        await session.database.close();
      }
      process.stdout.write('Pulso parado.\n');
    });
}
