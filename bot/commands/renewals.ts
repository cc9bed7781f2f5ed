/** "Quem vence hoje / essa semana / esse mês": contracts ending in the period without a renewal. */
import { clientDetails } from '../../analytics/queries/client-details.ts';
import { expiresWithin } from '../../analytics/studio-day-metrics.ts';
import { addDays } from '../../domain/calendar-date.ts';
import { renewalListText, renewalPeriodDays, type RenewalPeriod } from '../../narrate/renewal-list.ts';
import type { BotContext } from '../context.ts';

export async function renewals(context: BotContext): Promise<void> {
  const { studio, asOf } = context;
  const period = (context.recognition.period ?? 'week') as RenewalPeriod;
  const snapshot = await context.snapshots.get(asOf);
  const due = snapshot.scores.filter((score) => expiresWithin(score, renewalPeriodDays[period]));
  const details = await clientDetails(context.db, studio.id, due.map((score) => score.customerId), asOf);
  context.reply(
    renewalListText(
      due.map((score) => ({
        code: score.code,
        name: score.name,
        planName: details.get(score.customerId)?.planName ?? '',
        endsOn: addDays(asOf, score.daysToExpiry!),
        monthlyValueCents: score.monthlyValueCents,
      })),
      asOf,
      period,
    ),
  );
}
