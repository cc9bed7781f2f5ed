/**
 * `pulso briefing [--as-of DATE] [--json] [--chart ARQUIVO.png]`: the owner's morning briefing for the
 * date, as it would be sent: narrated by the LLM when one is configured and its text passes the
 * checks, from the template otherwise. `--chart` also writes the revenue chart the message carries.
 */
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { hourAt } from '../../domain/zoned-time.ts';
import { parseAsOf, resolveAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';

export function briefingCommand(): Command {
  return new Command('briefing')
    .description('o resumo da manhã para a dona ou o dono: receita, clientes, quem está em risco e destaques')
    .option('--as-of <aaaa-mm-dd>', 'data do resumo (padrão: hoje); ele fala do dia anterior')
    .option('--json', 'saída em JSON')
    .option('--chart <arquivo.png>', 'grava também o gráfico de receita dos últimos 90 dias')
    .action(async (options: { asOf?: string; json?: boolean; chart?: string }) => {
      if (options.asOf !== undefined) parseAsOf(options.asOf);
      const [{ configFromEnvironment }, { withStudioSession }, { ownerBriefing }, { openAiLanguageModel }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../narrate/briefing/owner-briefing.ts'),
        import('../../narrate/llm/language-model.ts'),
      ]);
      const config = configFromEnvironment();
      const now = new Date();
      const briefing = await withStudioSession(config, ({ database, studio }) => {
        const asOf = resolveAsOf(options.asOf, studio);
        // Today's briefing greets by the clock; another day's is the one sent at its scheduled hour.
        const hour = options.asOf === undefined ? hourAt(now, studio.timeZone) : Number(studio.settings.schedule.ownerBriefing.slice(0, 2));
        const occasion = { hour, frontDeskAlert: studio.settings.schedule.frontDeskAlert };
        return ownerBriefing(database.db, studio, asOf, { occasion, channel: 'console', model: openAiLanguageModel(config.llm) });
      });
      if (options.chart) await writeFile(options.chart, briefing.chartPng);
      if (options.json) {
        const { asOf, facts, insights, text, source, checks } = briefing;
        printJson({ asOf, facts, insights, text, source, checks });
      } else process.stdout.write(`${briefing.text}\n`);
    });
}
