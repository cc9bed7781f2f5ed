/** GET /trends: the headline numbers of every scored day in a range, oldest first (a list). */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { studioMetrics } from '../../db/schema/index.ts';
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';

const trendsQuery = z.object({
  from: z.iso.date().optional().describe('primeiro dia (AAAA-MM-DD)'),
  to: z.iso.date().optional().describe('último dia (AAAA-MM-DD)'),
});

export const trendsRoutes = [
  defineRoute({
    method: 'get',
    path: '/trends',
    summary: 'route-trends',
    roles: management,
    query: trendsQuery,
    list: { fileName: 'tendencias', rows: (answer: { days: Record<string, unknown>[] }) => answer.days },
    async handle({ db, studio, query }) {
      const days = await db
        .select({
          asOf: studioMetrics.metricOn, activeCustomers: studioMetrics.activeCustomers, blockedCustomers: studioMetrics.blockedCustomers,
          expiringIn7Days: studioMetrics.expiringIn7Days, activeMrrCents: studioMetrics.activeMrrCents, revenueDayCents: studioMetrics.revenueDayCents,
          revenueMonthToDateCents: studioMetrics.revenueMonthToDateCents, revenueAtRiskCents: studioMetrics.revenueAtRiskCents,
          newCustomers: studioMetrics.newCustomers, lostCustomers: studioMetrics.lostCustomers,
        })
        .from(studioMetrics)
        .where(and(eq(studioMetrics.studioId, studio.id), query.from ? gte(studioMetrics.metricOn, query.from) : undefined, query.to ? lte(studioMetrics.metricOn, query.to) : undefined))
        .orderBy(asc(studioMetrics.metricOn));
      return { days };
    },
  }),
];
