/**
 * The studio's numbers for one day, recomputed with the snapshot. The headline metrics are columns;
 * the rest (conversions, league tables, cohorts...) go in `details`, keyed by metric name.
 */
import { bigint, date, integer, jsonb, pgTable, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ScoringSettings } from '../studio-settings.ts';
import { studios } from './studios.ts';

export const studioMetrics = pgTable(
  'studio_metrics',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    metricOn: date('metric_on', { mode: 'string' }).notNull(),
    activeCustomers: integer('active_customers').notNull(),
    blockedCustomers: integer('blocked_customers').notNull(),
    expiringIn7Days: integer('expiring_in_7_days').notNull(),
    expiringIn15Days: integer('expiring_in_15_days').notNull(),
    expiringIn30Days: integer('expiring_in_30_days').notNull(),
    activeMrrCents: bigint('active_mrr_cents', { mode: 'number' }).notNull(),
    revenueDayCents: bigint('revenue_day_cents', { mode: 'number' }).notNull(),
    revenueMonthToDateCents: bigint('revenue_month_to_date_cents', { mode: 'number' }).notNull(),
    revenueAtRiskCents: bigint('revenue_at_risk_cents', { mode: 'number' }).notNull(),
    newCustomers: integer('new_customers').notNull(),
    lostCustomers: integer('lost_customers').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** What the day's client scores were computed with: with it, every stored score explains itself again. */
    scoringSettings: jsonb('scoring_settings').$type<ScoringSettings>(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('studio_metrics_unique').on(table.studioId, table.metricOn)],
);
