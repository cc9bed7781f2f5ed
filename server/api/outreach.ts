/**
 * The studio's outreach: GET /outreach (the outbox, every status, the dead ones included, recipients
 * masked per role), GET /outreach/actions (actions and their outcomes) and GET
 * /outreach/playbook-outcomes (what each playbook saved, from the stored day's details).
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { actions, customers, outbox, outboxStatuses } from '../../db/schema/index.ts';
import { defineRoute } from './api-route.ts';
import { recordPersonalDataReads, secretaryClientIds, visibleContact } from './personal-data.ts';
import { frontDesk, management } from './roles.ts';
import { dayQuery, metricDetail, storedMetrics } from './snapshot-day.ts';

const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(5_000).default(500).describe('quantas linhas, das mais recentes') });
const outboxQuery = pageQuery.extend({ status: z.enum(outboxStatuses).optional().describe('só as mensagens neste estado') });

export const outreachRoutes = [
  defineRoute({
    method: 'get',
    path: '/outreach',
    summary: 'route-outreach',
    roles: frontDesk,
    query: outboxQuery,
    list: { fileName: 'caixa-de-saida', rows: (answer: { items: Record<string, unknown>[] }) => answer.items },
    async handle({ db, studio, holder, query }) {
      const conditions: SQL[] = [eq(outbox.studioId, studio.id)];
      if (query.status) conditions.push(eq(outbox.status, query.status));
      const rows = await db
        .select({
          id: outbox.id, channel: outbox.channel, recipient: outbox.recipient, audience: outbox.audience, purpose: outbox.purpose,
          customerId: outbox.customerId, customerCode: customers.code, payload: outbox.payload, status: outbox.status, attempts: outbox.attempts,
          lastError: outbox.lastError, dueAt: outbox.dueAt, sentAt: outbox.sentAt, createdAt: outbox.createdAt,
        })
        .from(outbox)
        .leftJoin(customers, eq(customers.id, outbox.customerId))
        .where(and(...conditions))
        .orderBy(desc(outbox.id))
        .limit(query.limit);
      const hers = holder.role === 'secretary' ? await secretaryClientIds(db, studio.id, holder.staffId) : new Set<number>();
      const items = rows.map(({ payload, customerId, recipient, ...row }) => ({
        ...row,
        recipient: row.audience === 'staff' ? recipient : visibleContact(holder, { name: null, phone: recipient, email: null }, customerId !== null && hers.has(customerId)).phone,
        text: payload.kind === 'text' ? payload.text : payload.kind === 'image' ? payload.caption : (payload.caption ?? payload.fileName),
      }));
      await recordPersonalDataReads(db, holder, 'GET /outreach', [...new Set(rows.flatMap((row) => (row.customerCode ? [row.customerCode] : [])))]);
      return { items };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/outreach/actions',
    summary: 'route-actions',
    roles: management,
    query: pageQuery,
    list: { fileName: 'acoes', rows: (answer: { items: Record<string, unknown>[] }) => answer.items },
    async handle({ db, studio, query }) {
      const items = await db
        .select({
          id: actions.id, customerCode: customers.code, leadId: actions.leadId, playbook: actions.playbook, kind: actions.kind, staffId: actions.staffId,
          actedAt: actions.actedAt, deadlineAt: actions.deadlineAt, outcome: actions.outcome, outcomeAt: actions.outcomeAt, outcomeSource: actions.outcomeSource,
          revenueKeptCents: actions.revenueKeptCents,
        })
        .from(actions)
        .leftJoin(customers, eq(customers.id, actions.customerId))
        .where(eq(actions.studioId, studio.id))
        .orderBy(desc(actions.actedAt), desc(actions.id))
        .limit(query.limit);
      return { items };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/outreach/playbook-outcomes',
    summary: 'route-playbook-outcomes',
    roles: management,
    query: dayQuery,
    async handle({ db, studio, query }) {
      const metrics = await storedMetrics(db, studio.id, query.asOf);
      return { asOf: metrics.metricOn, playbookOutcomes: metricDetail(metrics, ['playbookOutcomes']) };
    },
  }),
];
