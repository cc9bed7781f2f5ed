/** GET /data-quality: invalid e-mails and phones, duplicates and unmatched names, as the stored day measured them. */
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

export const dataQualityRoutes = [
  defineRoute({
    method: 'get',
    path: '/data-quality',
    summary: 'route-data-quality',
    roles: management,
    query: dayQuery,
    async handle({ db, studio, query }) {
      const metrics = await storedMetrics(db, studio.id, query.asOf);
      return { asOf: metrics.metricOn, dataQuality: metricDetail(metrics, ['models', 'dataQuality']) };
    },
  }),
];
