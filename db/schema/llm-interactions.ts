/** Every LLM call: what for, which model, cost and latency, and whether its text passed the checks. */
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';

export const llmInteractions = pgTable(
  'llm_interactions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** "briefing", "intent", "lead-reply"... */
    purpose: text('purpose').notNull(),
    model: text('model').notNull(),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    latencyMs: integer('latency_ms').notNull(),
    accepted: boolean('accepted').notNull(),
    rejectionReason: text('rejection_reason'),
    /** The facts sent (aggregates and first names only) and the text received. */
    request: jsonb('request').$type<unknown>(),
    response: text('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('llm_interactions_day_idx').on(table.studioId, table.createdAt)],
);
