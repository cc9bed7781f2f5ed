/** "Receita": today, the month so far with receipts and ticket médio, MRR, revenue at risk, and the month by plan family and payment method. */
import type { RevenueBreakdown } from '../../analytics/studio-day-metrics.ts';
import { formatDate, formatMoney } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { DailySnapshot } from '../../analytics/daily-snapshot.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { BotContext } from '../context.ts';

const line = (key: string, values: Record<string, string | number> = {}) => say('staff-reports.md', key, values);

function parts(breakdown: { key: string; cents: number }[]): string {
  return [...breakdown]
    .sort((a, b) => b.cents - a.cents || a.key.localeCompare(b.key, 'pt-BR'))
    .map((part) => line('revenue-part', { key: part.key, cents: formatMoney(part.cents) }))
    .join('; ');
}

export function revenueText(snapshot: DailySnapshot, asOf: CalendarDate): string {
  const { metrics } = snapshot;
  const month = metrics.details.revenueMonthToDate as RevenueBreakdown;
  const ticket = metrics.details.ticketMedioCents as number | null;
  const lines = [line('revenue-title', { today: formatDate(asOf) }), line('revenue-day', { day: formatMoney(metrics.revenueDayCents) })];
  if (month.receipts === 0) lines.push(line('revenue-month-empty'));
  else {
    lines.push(line('revenue-month', { month: formatMoney(month.totalCents), receipts: month.receipts, ticket: ticket === null ? '—' : formatMoney(ticket) }));
    lines.push(line('revenue-by-family', { parts: parts(month.byFamily) }), line('revenue-by-method', { parts: parts(month.byPaymentMethod) }));
  }
  lines.push(line('revenue-mrr', { mrr: formatMoney(metrics.activeMrrCents), atRisk: formatMoney(metrics.revenueAtRiskCents) }));
  return lines.join('\n');
}

export async function revenue(context: BotContext): Promise<void> {
  context.reply(revenueText(await context.snapshots.get(context.asOf), context.asOf));
}
