/** GET /summary: the stored day's numbers, exactly as `pulso score` stored them. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, storedMetrics } from './snapshot-day.ts';

export const summaryRoutes = [
  defineRoute({
    method: 'get',
    path: '/summary',
    summary: 'route-summary',
    roles: management,
    query: dayQuery,
    async handle({ db, studio, query }) {
      const row = await storedMetrics(db, studio.id, query.asOf);
      const [scored] = await queryRows<{ count: string | number }>(
        db,
        sql`select count(*) as count from customer_scores where studio_id = ${studio.id} and scored_on = ${row.metricOn}`,
      );
      const { metricOn, activeCustomers, blockedCustomers, expiringIn7Days, expiringIn15Days, expiringIn30Days, activeMrrCents, revenueDayCents, revenueMonthToDateCents, revenueAtRiskCents, newCustomers, lostCustomers, details } = row;
      return {
        asOf: metricOn,
        clientsScored: Number(scored?.count ?? 0),
        metrics: { activeCustomers, blockedCustomers, expiringIn7Days, expiringIn15Days, expiringIn30Days, activeMrrCents, revenueDayCents, revenueMonthToDateCents, revenueAtRiskCents, newCustomers, lostCustomers, details },
      };
    },
  }),
];
