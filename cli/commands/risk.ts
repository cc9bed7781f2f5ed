/**
 * `pulso risk [--as-of DATE] [--limit N] [--json]`: "quem está em risco hoje", ranked, each with its
 * reasons, monthly value, playbook and a ready message; clients contacted in the last days apart.
 * Read from the day's stored snapshot when the day was scored.
 */
import { Command } from 'commander';
import { InputError } from '../../domain/input-error.ts';
import { parseAsOf, resolveAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`--limit deve ser um número inteiro maior que zero (recebido: "${value}")`);
  return Number(value);
}

export function riskCommand(): Command {
  return new Command('risk')
    .description('quem está em risco hoje: motivos, valor, playbook e mensagem pronta')
    .option('--as-of <aaaa-mm-dd>', 'data (padrão: hoje)')
    .option('--limit <n>', 'quantos clientes mostrar')
    .option('--json', 'saída em JSON')
    .action(async (options: { asOf?: string; limit?: string; json?: boolean }) => {
      if (options.asOf !== undefined) parseAsOf(options.asOf);
      const limit = parseLimit(options.limit);
      const [{ configFromEnvironment }, { withStudioSession }, { atRiskOn }, { riskListItem, riskListText }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../analytics/at-risk-today.ts'),
        import('../../narrate/risk-list.ts'),
      ]);
      const config = configFromEnvironment();
      const result = await withStudioSession(config, async ({ database, studio }) => {
        const asOf = resolveAsOf(options.asOf, studio);
        const list = await atRiskOn(database.db, studio, asOf, limit);
        return {
          asOf,
          items: list.items.map((score) => riskListItem(score, studio, asOf)),
          followingUp: list.followingUp.map((score) => riskListItem(score, studio, asOf)),
          followUpDays: studio.settings.risk.followUpDays,
        };
      });
      if (options.json) {
        const { asOf, items, followingUp } = result;
        printJson({ asOf, items, followingUp });
      } else process.stdout.write(`${riskListText(result.asOf, result.items, result.followingUp, result.followUpDays)}\n`);
    });
}
