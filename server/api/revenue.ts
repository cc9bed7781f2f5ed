/** GET /revenue: the stored day's month-to-date revenue by plan family, payment method or consultant, and the previous month's same days. */
import { z } from 'zod';
import type { RevenueBreakdown } from '../../analytics/studio-day-metrics.ts';
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

const breakdowns = { family: 'byFamily', paymentMethod: 'byPaymentMethod', consultant: 'byConsultant' } as const;
const revenueQuery = dayQuery.extend({ by: z.enum(['family', 'paymentMethod', 'consultant']).default('family').describe('agrupar por família de plano, forma de pagamento ou consultor') });

export const revenueRoutes = [
  defineRoute({
    method: 'get',
    path: '/revenue',
    summary: 'route-revenue',
    roles: management,
    query: revenueQuery,
    list: { fileName: 'receita', rows: (answer: { items: Record<string, unknown>[] }) => answer.items },
    async handle({ db, studio, query }) {
      const metrics = await storedMetrics(db, studio.id, query.asOf);
      const monthToDate = metricDetail(metrics, ['revenueMonthToDate']) as RevenueBreakdown;
      const previous = metricDetail(metrics, ['revenuePreviousMonthSameDays']) as RevenueBreakdown;
      const key = breakdowns[query.by];
      return {
        asOf: metrics.metricOn,
        by: query.by,
        revenueDayCents: metrics.revenueDayCents,
        monthToDate: { totalCents: monthToDate.totalCents, receipts: monthToDate.receipts, payingCustomers: monthToDate.payingCustomers },
        previousMonthSameDays: { totalCents: previous.totalCents, receipts: previous.receipts, payingCustomers: previous.payingCustomers },
        items: monthToDate[key],
        previousItems: previous[key],
      };
    },
  }),
];
