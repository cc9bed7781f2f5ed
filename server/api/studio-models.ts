/**
 * GET /cohorts, /survival, /lifetime-value, /forecast: the studio's models as the day's snapshot
 * stored them (studio_metrics.details.models), never fitted again here.
 */
import { defineRoute, type AnyApiRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

function modelRoute(path: string, summary: string, model: string, list?: string): AnyApiRoute {
  return defineRoute({
    method: 'get',
    path,
    summary,
    roles: management,
    query: dayQuery,
    ...(list ? { list: { fileName: list, rows: (answer: { items: Record<string, unknown>[] }) => answer.items } } : {}),
    async handle({ db, studio, query }) {
      const metrics = await storedMetrics(db, studio.id, query.asOf);
      const value = metricDetail(metrics, ['models', model]);
      return list ? { asOf: metrics.metricOn, items: value } : { asOf: metrics.metricOn, [model]: value };
    },
  });
}

export const studioModelRoutes = [
  modelRoute('/cohorts', 'route-cohorts', 'cohorts', 'coortes'),
  modelRoute('/survival', 'route-survival', 'survival', 'sobrevivencia'),
  modelRoute('/lifetime-value', 'route-lifetime-value', 'lifetimeValue'),
  modelRoute('/forecast', 'route-forecast', 'forecast'),
];
