/** GET /renewals: contracts ending within `days` without a renewal, soonest first, as the bot lists them. */
import { z } from 'zod';
import { clientDetails } from '../../analytics/queries/client-details.ts';
import { expiresWithin } from '../../analytics/studio-day-metrics.ts';
import { addDays } from '../../domain/calendar-date.ts';
import { defineRoute } from './api-route.ts';
import { recordPersonalDataReads } from './personal-data.ts';
import { frontDesk } from './roles.ts';
import { dayQuery, dayScores, storedMetrics } from './snapshot-day.ts';

const renewalsQuery = dayQuery.extend({ days: z.coerce.number().int().min(0).max(365).default(30).describe('vencimentos até quantos dias à frente') });

interface RenewalRow { code: string; name: string | null; planName: string | null; endsOn: string; daysToExpiry: number; monthlyValueCents: number | null }

export const renewalRoutes = [
  defineRoute({
    method: 'get',
    path: '/renewals',
    summary: 'route-renewals',
    roles: frontDesk,
    query: renewalsQuery,
    list: { fileName: 'vencimentos', rows: (answer: { items: RenewalRow[] }) => answer.items as unknown as Record<string, unknown>[] },
    async handle({ db, studio, holder, query }) {
      const asOf = (await storedMetrics(db, studio.id, query.asOf)).metricOn;
      const due = (await dayScores(db, studio, asOf))
        .filter((score) => expiresWithin(score, query.days))
        .sort((a, b) => a.daysToExpiry! - b.daysToExpiry! || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }));
      const details = await clientDetails(db, studio.id, due.map((score) => score.customerId), asOf);
      const items: RenewalRow[] = due.map((score) => ({
        code: score.code, name: score.name, planName: details.get(score.customerId)?.planName ?? null,
        endsOn: addDays(asOf, score.daysToExpiry!), daysToExpiry: score.daysToExpiry!, monthlyValueCents: score.monthlyValueCents,
      }));
      await recordPersonalDataReads(db, holder, 'GET /renewals', items.map((item) => item.code));
      return { asOf, days: query.days, items };
    },
  }),
];
