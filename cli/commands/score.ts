/**
 * `pulso score [--as-of DATE] [--json]`: computes and stores the daily snapshot (every client's
 * health, risk and playbook, and the studio's metrics) for the date, replacing that date's.
 */
import { Command } from 'commander';
import { formatDate, formatMoney } from '../../domain/brazilian-format.ts';
import { parseAsOf, resolveAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';

export function scoreCommand(): Command {
  return new Command('score')
    .description('calcula o retrato do dia: saúde, risco e playbook de cada cliente e as métricas do estúdio')
    .option('--as-of <aaaa-mm-dd>', 'data do retrato (padrão: hoje)')
    .option('--json', 'saída em JSON')
    .action(async (options: { asOf?: string; json?: boolean }) => {
      if (options.asOf !== undefined) parseAsOf(options.asOf);
      const [{ configFromEnvironment }, { withStudioSession }, { runDailySnapshot }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../analytics/daily-snapshot.ts'),
      ]);
      const config = configFromEnvironment();
      const snapshot = await withStudioSession(config, ({ database, studio }) => runDailySnapshot(database.db, studio, resolveAsOf(options.asOf, studio)));
      const { metrics } = snapshot;
      if (options.json) {
        printJson({ asOf: snapshot.asOf, clientsScored: snapshot.scores.length, metrics });
        return;
      }
      const atRisk = (metrics.details.atRiskCustomers as number).toLocaleString('pt-BR');
      process.stdout.write(
        [
          `Retrato de ${formatDate(snapshot.asOf)} calculado: ${snapshot.scores.length.toLocaleString('pt-BR')} clientes.`,
          `  ativos ${metrics.activeCustomers}, bloqueados ${metrics.blockedCustomers}, vencendo em 7 dias ${metrics.expiringIn7Days}`,
          `  MRR ativo ${formatMoney(metrics.activeMrrCents)}, receita em risco ${formatMoney(metrics.revenueAtRiskCents)} (${atRisk} em risco)`,
          `  receita do dia ${formatMoney(metrics.revenueDayCents)}, no mês ${formatMoney(metrics.revenueMonthToDateCents)}`,
          '',
        ].join('\n'),
      );
    });
}
