/**
 * "Funil": leads per stage now, the trial → plan and GYMPASS → direct plan conversions measured, and how
 * the bot serves leads (autonomy, first response) and how fast people answer the leads handed to them.
 */
import { botPerformance } from '../../analytics/metrics/bot-performance.ts';
import { leadConversations } from '../../analytics/queries/bot-conversations.ts';
import { leadsByStage } from '../../analytics/queries/lead-funnel.ts';
import type { Conversion } from '../../analytics/studio-day-metrics.ts';
import { leadStages } from '../../db/schema/leads.ts';
import { formatDate, formatNumber, formatPercent } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';

const line = (key: string, values: Record<string, string | number> = {}) => say('staff-reports.md', key, values);

function conversionLine(key: 'funnel-trial' | 'funnel-gympass', conversion: Conversion & { rate: number | null }): string {
  if (conversion.started === 0 || conversion.rate === null) return line(`${key}-none`);
  return line(key, { rate: formatPercent(conversion.rate), converted: conversion.converted, started: conversion.started, days: conversion.windowDays });
}

const minutes = (ms: number) => `${formatNumber(ms / 60_000, 1)} min`;

export async function funnel(context: BotContext): Promise<void> {
  const [stages, snapshot, conversations] = await Promise.all([
    leadsByStage(context.db, context.studio.id),
    context.snapshots.get(context.asOf),
    leadConversations(context.db, context.studio.id),
  ]);
  const bot = botPerformance(conversations);
  const botLine = bot.conversations === 0 || bot.autonomyRate === null
    ? line('funnel-bot-none')
    : line('funnel-bot', { conversations: bot.conversations, autonomy: formatPercent(bot.autonomyRate), firstResponse: `${formatNumber((bot.firstResponseMedianMs ?? 0) / 1000, 1)} s` });
  // People's first replies to the leads handed to them, one line per person who had any.
  const peopleLines = bot.people.filter((person) => person.answered > 0).map((person) =>
    line('funnel-person', {
      name: person.staffName ?? line('funnel-person-studio-phone'),
      median: minutes(person.firstResponseMedianMs!),
      p95: minutes(person.firstResponseP95Ms!),
      answered: person.answered,
    }));
  const details = snapshot.metrics.details as { trialConversion: Conversion & { rate: number | null }; gympassConversion: Conversion & { rate: number | null } };
  const total = Object.values(stages).reduce((sum, count) => sum + count, 0);
  const stageLines = total === 0 ? [line('funnel-none')] : leadStages.map((stage) => line('funnel-stage', { stage: line(`stage-${stage}`), count: stages[stage] }));
  context.reply(
    [line('funnel-title', { today: formatDate(context.asOf) }), ...stageLines, conversionLine('funnel-trial', details.trialConversion), conversionLine('funnel-gympass', details.gympassConversion), botLine, ...peopleLines].join('\n'),
  );
}
