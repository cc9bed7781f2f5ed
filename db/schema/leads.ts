/**
 * People who may become clients: from the prospects export (with a `Código`) or from a first message
 * to the studio's number (with a phone). The stage follows DOMAIN.md §4's funnel.
 */
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const leadStages = ['novo', 'engajado', 'agendou', 'compareceu', 'matriculou', 'perdido'] as const;
export type LeadStage = (typeof leadStages)[number];

export const leads = pgTable(
  'leads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    code: text('code'),
    phone: text('phone'),
    name: text('name'),
    customerId: integer('customer_id').references(() => customers.id),
    stage: text('stage', { enum: leadStages }).notNull().default('novo'),
    /** 0–100: how close the lead is to buying, from what it asked and did. */
    maturity: integer('maturity').notNull().default(0),
    origin: text('origin'),
    consultant: text('consultant'),
    /** From the prospects export: first plan bought and its value, visit type, appointments. */
    firstContract: text('first_contract'),
    firstContractCents: bigint('first_contract_cents', { mode: 'number' }),
    visitType: text('visit_type'),
    appointments: integer('appointments'),
    prospectOn: date('prospect_on', { mode: 'string' }),
    trialScheduledAt: timestamp('trial_scheduled_at', { withTimezone: true }),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
    lastOutboundAt: timestamp('last_outbound_at', { withTimezone: true }),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    importId: integer('import_id').references(() => imports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('leads_code_unique').on(table.studioId, table.code).where(sql`${table.code} is not null`),
    // Not unique: the same number may reach the studio as a prospect in the export and as a chat.
    index('leads_phone_idx').on(table.studioId, table.phone),
    index('leads_stage_idx').on(table.studioId, table.stage),
  ],
);
