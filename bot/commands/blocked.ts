/** "Bloqueados": who is blocked, longest first, with the monthly value on hold. */
import { formatDate, formatMoney } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

const line = (key: string, values: Record<string, string | number> = {}) => say('staff-reports.md', key, values);

export async function blocked(context: BotContext): Promise<void> {
  const snapshot = await context.snapshots.get(context.asOf);
  const today = formatDate(context.asOf);
  const clients = snapshot.scores
    .filter((score) => score.blocked)
    .sort((a, b) => (b.blockedDays ?? -1) - (a.blockedDays ?? -1) || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }));
  if (clients.length === 0) {
    context.reply(line('blocked-none', { today }));
    return;
  }
  const total = clients.reduce((sum, score) => sum + (score.monthlyValueCents ?? 0), 0);
  const items = clients.map((score, index) => {
    const values = {
      position: index + 1,
      name: score.name ?? line('unnamed'),
      code: score.code,
      value: score.monthlyValueCents === null ? '' : line('value-suffix', { value: formatMoney(score.monthlyValueCents) }),
    };
    return score.blockedDays === null ? line('blocked-item-undated', values) : line('blocked-item', { ...values, days: score.blockedDays });
  });
  context.reply([line('blocked-title', { today, count: clients.length, total: formatMoney(total) }), ...items].join('\n'));
}
