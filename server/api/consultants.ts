/** GET /consultants: the month's consultant league table of the stored day. */
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

export const consultantRoutes = [
  defineRoute({
    method: 'get',
    path: '/consultants',
    summary: 'route-consultants',
    roles: management,
    query: dayQuery,
    list: { fileName: 'consultores', rows: (answer: { items: Record<string, unknown>[] }) => answer.items },
    async handle({ db, studio, query }) {
      const metrics = await storedMetrics(db, studio.id, query.asOf);
      return { asOf: metrics.metricOn, items: metricDetail(metrics, ['consultantLeague']) };
    },
  }),
];
