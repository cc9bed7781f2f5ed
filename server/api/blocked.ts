/** GET /blocked: who is blocked, longest first, with the monthly value on hold (as the bot's "bloqueados"). */
import { defineRoute } from './api-route.ts';
import { recordPersonalDataReads } from './personal-data.ts';
import { frontDesk } from './roles.ts';
import { dayQuery, dayScores, storedMetrics } from './snapshot-day.ts';

interface BlockedRow { code: string; name: string | null; blockedDays: number | null; monthlyValueCents: number | null; risk: number; playbook: string | null }

export const blockedRoutes = [
  defineRoute({
    method: 'get',
    path: '/blocked',
    summary: 'route-blocked',
    roles: frontDesk,
    query: dayQuery,
    list: { fileName: 'bloqueados', rows: (answer: { items: BlockedRow[] }) => answer.items as unknown as Record<string, unknown>[] },
    async handle({ db, studio, holder, query }) {
      const asOf = (await storedMetrics(db, studio.id, query.asOf)).metricOn;
      const items: BlockedRow[] = (await dayScores(db, studio, asOf))
        .filter((score) => score.blocked)
        .sort((a, b) => (b.blockedDays ?? -1) - (a.blockedDays ?? -1) || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }))
        .map((score) => ({ code: score.code, name: score.name, blockedDays: score.blockedDays, monthlyValueCents: score.monthlyValueCents, risk: score.risk, playbook: score.playbook }));
      await recordPersonalDataReads(db, holder, 'GET /blocked', items.map((item) => item.code));
      return { asOf, totalMonthlyValueCents: items.reduce((sum, item) => sum + (item.monthlyValueCents ?? 0), 0), items };
    },
  }),
];
