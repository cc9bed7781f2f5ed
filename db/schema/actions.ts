/**
 * What the studio did for a client or lead (a playbook's message, a call, a task) and what came of it.
 * Outcomes come from staff in chat or from the next import (a renewal or payment after the action).
 */
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { leads } from './leads.ts';
import { outbox } from './outbox.ts';
import { staff } from './staff.ts';
import { studios } from './studios.ts';

export const actionKinds = ['message', 'call', 'task'] as const;
export const actionOutcomes = ['renewed', 'paid', 'replied', 'no_answer', 'opted_out'] as const;
export const outcomeSources = ['staff', 'import', 'bot'] as const;

export const actions = pgTable(
  'actions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').references(() => customers.id),
    leadId: integer('lead_id').references(() => leads.id),
    playbook: text('playbook'),
    kind: text('kind', { enum: actionKinds }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    outboxId: integer('outbox_id').references(() => outbox.id),
    actedAt: timestamp('acted_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    outcome: text('outcome', { enum: actionOutcomes }),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeSource: text('outcome_source', { enum: outcomeSources }),
    /** Revenue kept by the outcome (the renewed contract or the payment), in centavos. */
    revenueKeptCents: bigint('revenue_kept_cents', { mode: 'number' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('actions_customer_idx').on(table.customerId, table.actedAt),
    index('actions_playbook_idx').on(table.studioId, table.playbook, table.actedAt),
  ],
);
