/** The daily snapshot per client: health with its components, risk with its rules' points and reasons. */
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { studios } from './studios.ts';

export const healthBands = ['Saudável', 'Atenção', 'Crítico'] as const;
export const riskCategories = ['Baixo', 'Médio', 'Alto', 'Crítico'] as const;

export interface HealthComponentScore {
  component: 'usage' | 'payment' | 'contract' | 'engagement' | 'relationship';
  /** 0–100, or null when there was no data ("sem dados") and the weight was renormalised away. */
  score: number | null;
  weight: number;
  explanation: string;
}

export interface RiskPoint {
  rule: string;
  points: number;
  reason: string;
}

export const customerScores = pgTable(
  'customer_scores',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    scoredOn: date('scored_on', { mode: 'string' }).notNull(),
    health: integer('health'),
    healthBand: text('health_band', { enum: healthBands }),
    healthComponents: jsonb('health_components').$type<HealthComponentScore[]>().notNull(),
    risk: integer('risk').notNull(),
    riskCategory: text('risk_category', { enum: riskCategories }).notNull(),
    riskPoints: jsonb('risk_points').$type<RiskPoint[]>().notNull(),
    playbook: text('playbook'),
    monthlyValueCents: bigint('monthly_value_cents', { mode: 'number' }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('customer_scores_unique').on(table.customerId, table.scoredOn),
    index('customer_scores_day_risk_idx').on(table.studioId, table.scoredOn, table.risk),
  ],
);
