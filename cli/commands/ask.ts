/**
 * `pulso ask [--from TELEFONE] [--as-of DATA] [--json] "mensagem"`: one message through the same router
 * the chat transports use, as if it came from that phone on the console channel, and the reply
 * printed. Without --from the sender is an unknown number (a lead).
 */
import { Command } from 'commander';
import { replyText } from '../../bot/transport.ts';
import { parseAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';
import { parsePhone } from './staff.ts';

export function askCommand(): Command {
  return new Command('ask')
    .description('envia uma mensagem ao bot, como se viesse de um telefone, e mostra a resposta')
    .argument('<mensagem>', 'o texto, entre aspas')
    .option('--from <telefone>', 'quem envia (padrão: um número desconhecido, tratado como lead)')
    .option('--as-of <aaaa-mm-dd>', 'data dos números usados na resposta (padrão: hoje)')
    .option('--json', 'saída em JSON')
    .action(async (text: string, options: { from?: string; asOf?: string; json?: boolean }) => {
      const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
      const phone = options.from === undefined ? null : await parsePhone(options.from);
      const [{ configFromEnvironment }, { createLogger }, { withStudioSession }, { createRouter }, { openAiLanguageModel }] = await Promise.all([
        import('../../config.ts'),
        import('../logger.ts'),
        import('../studio-session.ts'),
        import('../../bot/router.ts'),
        import('../../narrate/llm/language-model.ts'),
      ]);
      const config = configFromEnvironment();
      const logger = createLogger(config.logLevel);
      const result = await withStudioSession(config, ({ database, studio }) => {
        const router = createRouter({ db: database.db, studio, model: openAiLanguageModel(config.llm), onError: (error) => logger.error({ err: error }, 'falha ao responder') });
        const message = { channel: 'console' as const, address: `console:${phone ?? 'desconhecido'}`, phone, text, transportMessageId: null, receivedAt: new Date() };
        return router.handle(message, asOf ? { asOf } : {});
      });
      const reply = result.replies.map(replyText);
      if (options.json) printJson({ reply, intent: result.intent, role: result.role });
      else process.stdout.write(`${reply.join('\n\n')}\n`);
    });
}
