/**
 * GET /customers/{code}: the client card as the bot's "ficha" builds it (narrate/client-card.ts), with
 * the contact masked for the caller's role, and the whole story (360°): contracts with their balances,
 * payments, blocks, attendance, acceptances, health and risk history, actions with their outcomes and,
 * for whoever may read them, the conversations; each read is audited. DELETE /customers/{code}: LGPD erasure (db/customer-erasure.ts).
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { clientDetails } from '../../analytics/queries/client-details.ts';
import { clientHistory } from '../../analytics/queries/client-history.ts';
import { loadStoredDay } from '../../analytics/queries/stored-scores.ts';
import { explainScore } from '../../analytics/score-clients.ts';
import { eraseCustomer } from '../../db/customer-erasure.ts';
import { actions, customers, customerScores } from '../../db/schema/index.ts';
import { clientCardOf } from '../../narrate/client-card.ts';
import { ApiError } from './api-error.ts';
import { defineRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { recordPersonalDataReads, secretaryClientIds, visibleContact } from './personal-data.ts';
import { frontDesk, ownerOnly } from './roles.ts';
import { dayQuery, storedMetrics } from './snapshot-day.ts';

export const customerRoutes = [
  defineRoute({
    method: 'get',
    path: '/customers/:code',
    summary: 'route-customer',
    roles: frontDesk,
    query: dayQuery,
    async handle({ db, studio, holder, query, params }) {
      const [customer] = await db.select().from(customers).where(and(eq(customers.studioId, studio.id), eq(customers.code, params.code!)));
      if (!customer) throw new ApiError(404, apiText('customer-not-found', { code: params.code! }));
      if (customer.erasedAt) throw new ApiError(410, apiText('customer-erased', { code: customer.code }));
      const asOf = (await storedMetrics(db, studio.id, query.asOf)).metricOn;
      const stored = await loadStoredDay(db, studio.id, asOf);
      const basis = stored?.scores.find((score) => score.customerId === customer.id);
      const score = basis && stored ? explainScore(basis, stored.medianMonthlyValueCents, stored.scoringSettings) : null;
      const details = (await clientDetails(db, studio.id, [customer.id], asOf)).get(customer.id);
      const card = score && clientCardOf(score, details, studio, asOf);
      const [history, done, story] = await Promise.all([
        db.select({ asOf: customerScores.scoredOn, health: customerScores.health, risk: customerScores.risk, riskCategory: customerScores.riskCategory, status: customerScores.status })
          .from(customerScores).where(eq(customerScores.customerId, customer.id)).orderBy(asc(customerScores.scoredOn)),
        db.select({ actedAt: actions.actedAt, playbook: actions.playbook, kind: actions.kind, outcome: actions.outcome, outcomeAt: actions.outcomeAt, revenueKeptCents: actions.revenueKeptCents })
          .from(actions).where(eq(actions.customerId, customer.id)).orderBy(desc(actions.actedAt)),
        clientHistory(db, studio.id, customer.id, asOf),
      ]);
      const hers = holder.role === 'secretary' && (await secretaryClientIds(db, studio.id, holder.staffId)).has(customer.id);
      const contact = visibleContact(holder, { name: customer.name, phone: customer.phone, email: customer.email }, hers);
      await recordPersonalDataReads(db, holder, 'GET /customers/{code}', [customer.code]);
      // Conversations are personal data in the client's own words: the owner, the manager, and the
      // secretary who looks after this client.
      const { conversations, ...records } = story;
      const readsConversations = holder.role !== 'secretary' || hers;
      return { asOf, code: customer.code, contact, card, history, actions: done, ...records, conversations: readsConversations ? conversations : null };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/customers/:code',
    summary: 'route-customer-delete',
    roles: ownerOnly,
    async handle({ db, studio, holder, params }) {
      const erasure = await eraseCustomer(db, studio.id, params.code!, { kind: 'staff', staffId: holder.staffId }, new Date());
      if (!erasure) throw new ApiError(404, apiText('customer-not-found', { code: params.code! }));
      return erasure;
    },
  }),
];
