/**
 * POST /customers/{code}/outcomes: the front desk records what came of a contact ("contatei",
 * "renovou", "sem resposta") from the dashboard, into `actions` as the bot's chat command does
 * (db/staff-outcomes.ts). An action created here carries the playbook of the client's latest score.
 */
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { customers, customerScores } from '../../db/schema/index.ts';
import { recordStaffOutcome, staffOutcomes } from '../../db/staff-outcomes.ts';
import { ApiError } from './api-error.ts';
import { defineRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { frontDesk } from './roles.ts';

const outcomeBody = z.object({ outcome: z.enum(staffOutcomes).describe('contacted: contatei; renewed: renovou; no_answer: sem resposta') });

export const customerOutcomeRoutes = [
  defineRoute({
    method: 'post',
    path: '/customers/:code/outcomes',
    summary: 'route-customer-outcome',
    roles: frontDesk,
    body: outcomeBody,
    async handle({ db, studio, holder, body, params }) {
      const [customer] = await db.select({ id: customers.id, code: customers.code, erasedAt: customers.erasedAt }).from(customers).where(and(eq(customers.studioId, studio.id), eq(customers.code, params.code!)));
      if (!customer) throw new ApiError(404, apiText('customer-not-found', { code: params.code! }));
      if (customer.erasedAt) throw new ApiError(410, apiText('customer-erased', { code: customer.code }));
      const [latest] = await db.select({ playbook: customerScores.playbook }).from(customerScores).where(eq(customerScores.customerId, customer.id)).orderBy(desc(customerScores.scoredOn)).limit(1);
      const at = new Date();
      const actionId = await recordStaffOutcome(db, { studioId: studio.id, customerId: customer.id, playbook: latest?.playbook ?? null, staffId: holder.staffId, outcome: body.outcome, at });
      return { code: customer.code, outcome: body.outcome, actionId, recordedAt: at.toISOString() };
    },
  }),
];
