/**
 * The daily snapshot per client: the results that lists and trends query (health, risk, playbook,
 * value) and the signals they were computed from. Reasons and explanations are not stored as text:
 * the signals and the day's settings (studio_metrics.settings) give them back exactly, and a day of
 * 100,000 clients stays a few megabytes instead of a hundred.
 */
import { bigint, boolean, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { customers, customerStatuses } from './customers.ts';

export const healthBands = ['Saudável', 'Atenção', 'Crítico'] as const;
export const riskCategories = ['Baixo', 'Médio', 'Alto', 'Crítico'] as const;

export const customerScores = pgTable(
  'customer_scores',
  {
    // The studio is the customer's (customers.studio_id); copied here for the day index, without a
    // second foreign key: checking one studio row 100,000 times made storing a day ~1 s slower.
    studioId: integer('studio_id').notNull(),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    scoredOn: date('scored_on', { mode: 'string' }).notNull(),
    /** The client's status on that date. */
    status: text('status', { enum: customerStatuses }),
    /** In the active base, where risk applies (analytics/score-clients.ts). */
    inBase: boolean('in_base').notNull(),
    health: integer('health'),
    healthBand: text('health_band', { enum: healthBands }),
    risk: integer('risk').notNull(),
    riskCategory: text('risk_category', { enum: riskCategories }).notNull(),
    playbook: text('playbook'),
    monthlyValueCents: bigint('monthly_value_cents', { mode: 'number' }),
    lastContactedOn: date('last_contacted_on', { mode: 'string' }),
    // The signals (analytics/client-signals.ts), null where unknown.
    blocked: boolean('blocked').notNull(),
    blockedDays: integer('blocked_days'),
    overdueCents: bigint('overdue_cents', { mode: 'number' }),
    daysToExpiry: integer('days_to_expiry'),
    renewed: boolean('renewed').notNull(),
    pace: doublePrecision('pace'),
    paceUsed: integer('pace_used'),
    paceExpected: doublePrecision('pace_expected'),
    daysSincePayment: integer('days_since_payment'),
    billingCycleDays: integer('billing_cycle_days'),
    daysWithoutAttendance: integer('days_without_attendance'),
    acceptancePendingDays: integer('acceptance_pending_days'),
    tenureDays: integer('tenure_days'),
    /** The frequency report's counts, which explain usage when there is no class balance. */
    presences: integer('presences'),
    absences: integer('absences'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'customer_scores_pkey', columns: [table.customerId, table.scoredOn] }),
    index('customer_scores_day_risk_idx').on(table.studioId, table.scoredOn, table.risk),
  ],
);
