/**
 * `pulso outreach [--now ISO-8601] [--dry-run] [--json]`: runs once what is due at that instant (the
 * snapshot, the owner's briefing, the front desk's alert, the automated client and lead messages) and
 * says what was sent, or would be with --dry-run, and why the rest was not. Telegram messages are sent
 * from here when a bot token is configured; WhatsApp messages wait in the outbox for the `pulso start`
 * process that holds the WhatsApp session.
 */
import { Command } from 'commander';
import { InputError } from '../../domain/input-error.ts';
import { printJson } from '../print.ts';
import type { Channel } from '../../db/schema/index.ts';
import type { Transport } from '../../bot/transport.ts';

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) || Number.isNaN(instant.getTime())) {
    throw new InputError(`--now deve ser um instante ISO-8601 com fuso, por exemplo 2026-11-24T08:00:00-03:00 (recebido: "${value}")`);
  }
  return instant;
}

export function outreachCommand(): Command {
  return new Command('outreach')
    .description('roda uma vez o que está na hora: resumo da manhã, alerta da recepção, mensagens automáticas')
    .option('--now <instante>', 'o instante, ISO-8601 com fuso (padrão: agora)')
    .option('--dry-run', 'mostra o que seria enviado, sem enviar nem gravar nada')
    .option('--json', 'saída em JSON')
    .action(async (options: { now?: string; dryRun?: boolean; json?: boolean }) => {
      const now = parseNow(options.now);
      const [{ configFromEnvironment }, { withStudioSession }, { runOutreach }, { openAiLanguageModel }, { outreachReportText }, { workerIdentity }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../bot/outreach/run-outreach.ts'),
        import('../../narrate/llm/language-model.ts'),
        import('../../bot/outreach/outreach-report.ts'),
        import('../../bot/outreach/worker-identity.ts'),
      ]);
      const config = configFromEnvironment();
      const senders = new Map<Channel, Pick<Transport, 'send'>>();
      if (!options.dryRun && config.telegramBotToken) {
        const { telegramTransport } = await import('../../bot/transports/telegram-transport.ts');
        senders.set('telegram', telegramTransport({ token: config.telegramBotToken, onError: () => {} }));
      }
      const round = await withStudioSession(config, ({ database, studio }) =>
        runOutreach({ db: database.db, studio, now, model: openAiLanguageModel(config.llm), senders, dryRun: options.dryRun === true, workerId: workerIdentity() }),
      );
      if (options.json) printJson(round);
      else process.stdout.write(`${outreachReportText(round, options.dryRun === true)}\n`);
    });
}
