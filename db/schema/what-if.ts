/**
 * What-if scenarios (issue 9): every revenue prediction Pulso makes from lever changes (forward) or
 * for a revenue goal (inverse), kept with its inputs and answer; once the predicted month has passed,
 * the actual revenue is recorded beside it, so the model's error is measured, not assumed.
 */
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';
import { studios } from './studios.ts';

export const whatIfKinds = ['forward', 'inverse'] as const;

export const whatIfScenarios = pgTable(
  'what_if_scenarios',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** Who asked (null: the API without a staff token, or a scheduled run). */
    staffId: integer('staff_id').references(() => staff.id),
    kind: text('kind', { enum: whatIfKinds }).notNull(),
    /** A name the owner gave it, when saved on purpose. */
    name: text('name'),
    /** The question as asked, e.g. "e se a renovação subir 5 pontos?". */
    question: text('question'),
    /** The date the model was fitted as of. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The lever changes or the goal, as given. */
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    /** The model's answer: months, intervals, contributions, chosen levers. */
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    /** The first month predicted ("2026-12-01") and its predicted revenue, to check against what happened. */
    predictedMonth: date('predicted_month', { mode: 'string' }),
    predictedRevenueCents: bigint('predicted_revenue_cents', { mode: 'number' }),
    actualRevenueCents: bigint('actual_revenue_cents', { mode: 'number' }),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('what_if_month_idx').on(table.studioId, table.predictedMonth)],
);
