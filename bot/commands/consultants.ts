/** "Consultores": the month's league table by revenue, with each one's share. */
import { formatDate, formatMoney, formatPercent } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

type League = { consultant: string; revenueCents: number; receipts: number; share: number | null }[];

const line = (key: string, values: Record<string, string | number> = {}) => say('staff-reports.md', key, values);

export function consultantsText(league: League, today: string): string {
  if (league.length === 0) return line('consultants-none');
  return [
    line('consultants-title', { today }),
    ...league.map((row, index) =>
      line('consultants-item', { position: index + 1, name: row.consultant, revenue: formatMoney(row.revenueCents), receipts: row.receipts, share: formatPercent(row.share ?? 0) }),
    ),
  ].join('\n');
}

export async function consultants(context: BotContext): Promise<void> {
  const snapshot = await context.snapshots.get(context.asOf);
  context.reply(consultantsText(snapshot.metrics.details.consultantLeague as League, formatDate(context.asOf)));
}
