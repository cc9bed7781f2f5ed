/**
 * `pulso risk [--as-of DATE] [--limit N] [--json]`: "quem está em risco hoje", ranked, each with its
 * reasons, monthly value, playbook and a ready message; clients contacted in the last days apart.
 * Read from the day's stored snapshot when the day was scored.
 */
import { Command } from 'commander';
import type { ClientScore } from '../../analytics/score-clients.ts';
import type { Studio } from '../../db/studio.ts';
import { formatDate, formatMoney } from '../../domain/brazilian-format.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { InputError } from '../../domain/input-error.ts';
import { playbookMessage } from '../../narrate/playbook-message.ts';
import { say } from '../../prompts/catalog.ts';
import { parseAsOf, resolveAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';

function describe(score: ClientScore, studio: Studio, asOf: CalendarDate) {
  return {
    code: score.code,
    name: score.name,
    risk: score.risk,
    category: score.riskCategory,
    reasons: score.riskPoints.map((point) => point.reason),
    monthlyValueCents: score.monthlyValueCents,
    playbook: score.playbook,
    message: score.playbook ? playbookMessage(score.playbook, score, studio, asOf) : null,
    lastContactedOn: score.lastContactedOn,
  };
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`--limit deve ser um número inteiro maior que zero (recebido: "${value}")`);
  return Number(value);
}

function text(asOf: CalendarDate, items: ReturnType<typeof describe>[], followingUp: ReturnType<typeof describe>[]): string {
  const lines = [`Quem está em risco hoje (${formatDate(asOf)}): ${items.length === 1 ? '1 cliente' : `${items.length} clientes`}`];
  items.forEach((item, index) => {
    const value = item.monthlyValueCents === null ? '' : ` · ${formatMoney(item.monthlyValueCents)}/mês`;
    lines.push('', `${index + 1}. ${item.name ?? '(sem nome)'} (${item.code}) · risco ${item.risk}, ${item.category}${value}`);
    lines.push(`   ${item.reasons.slice(0, 3).join('; ')}`);
    if (item.playbook) lines.push(`   Playbook: ${say('playbooks.md', item.playbook)}`);
    if (item.message) lines.push(`   Mensagem: "${item.message}"`);
  });
  if (followingUp.length) {
    lines.push('', `Em acompanhamento (contatados nos últimos dias): ${followingUp.map((item) => `${item.name} (${item.code}), risco ${item.risk}`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
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
      const [{ configFromEnvironment }, { withStudioSession }, { atRiskOn }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../analytics/at-risk-today.ts'),
      ]);
      const config = configFromEnvironment();
      const result = await withStudioSession(config, async ({ database, studio }) => {
        const asOf = resolveAsOf(options.asOf, studio);
        const list = await atRiskOn(database.db, studio, asOf, limit);
        return { asOf, items: list.items.map((score) => describe(score, studio, asOf)), followingUp: list.followingUp.map((score) => describe(score, studio, asOf)) };
      });
      if (options.json) printJson(result);
      else process.stdout.write(text(result.asOf, result.items, result.followingUp));
    });
}
