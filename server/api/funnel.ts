/** GET /funnel: leads per stage now (analytics/queries/lead-funnel.ts) and the stored day's conversions. */
import { leadsByStage } from '../../analytics/queries/lead-funnel.ts';
import { defineRoute } from './api-route.ts';
import { everyone } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

export const funnelRoutes = [
  defineRoute({
    method: 'get',
    path: '/funnel',
    summary: 'route-funnel',
    roles: everyone,
    query: dayQuery,
    list: { fileName: 'funil', rows: (answer: { stages: Record<string, number> }) => Object.entries(answer.stages).map(([stage, leads]) => ({ stage, leads })) },
    async handle({ db, studio, query }) {
      const [stages, metrics] = await Promise.all([leadsByStage(db, studio.id), storedMetrics(db, studio.id, query.asOf)]);
      return { asOf: metrics.metricOn, stages, trialConversion: metricDetail(metrics, ['trialConversion']), gympassConversion: metricDetail(metrics, ['gympassConversion']) };
    },
  }),
];
