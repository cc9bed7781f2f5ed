/** GET /risk: "quem está em risco hoje", the same list as `pulso risk` (analytics/at-risk-today.ts). */
import { z } from 'zod';
import { atRiskOn } from '../../analytics/at-risk-today.ts';
import { riskListItem, type RiskListItem } from '../../narrate/risk-list.ts';
import { defineRoute } from './api-route.ts';
import { recordPersonalDataReads } from './personal-data.ts';
import { frontDesk } from './roles.ts';
import { dayQuery, storedMetrics } from './snapshot-day.ts';

const riskQuery = dayQuery.extend({ limit: z.coerce.number().int().min(1).max(10_000).optional().describe('quantos clientes mostrar') });

export const riskRoutes = [
  defineRoute({
    method: 'get',
    path: '/risk',
    summary: 'route-risk',
    roles: frontDesk,
    query: riskQuery,
    list: {
      fileName: 'risco',
      rows: (answer: { items: RiskListItem[]; followingUp: RiskListItem[] }) => [
        ...answer.items.map((item) => ({ ...item, followingUp: false })),
        ...answer.followingUp.map((item) => ({ ...item, followingUp: true })),
      ],
    },
    async handle({ db, studio, holder, query }) {
      const asOf = query.asOf ?? (await storedMetrics(db, studio.id, undefined)).metricOn;
      const list = await atRiskOn(db, studio, asOf, query.limit);
      const items = list.items.map((score) => riskListItem(score, studio, asOf));
      const followingUp = list.followingUp.map((score) => riskListItem(score, studio, asOf));
      await recordPersonalDataReads(db, holder, 'GET /risk', [...items, ...followingUp].map((item) => item.code));
      return { asOf, items, followingUp };
    },
  }),
];
