/**
 * Contracts (a client's plan over a period) and their balances per snapshot date. Exports carry no
 * contract id, so the importer derives `sourceKey` from what identifies a contract in its layout.
 */
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const contractStatuses = ['Ativo', 'Bloqueado', 'Cancelado', 'Finalizado'] as const;
export const planFamilies = ['calistenia', 'fisioterapia', 'experimental', 'avulsa', 'pack', 'gympass', 'outro'] as const;
export type PlanFamily = (typeof planFamilies)[number];

export const contracts = pgTable(
  'contracts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    sourceKey: text('source_key').notNull(),
    /** Plan name as exported, e.g. "CALISTENIA 3X NA SEMANA MENSAL". */
    planName: text('plan_name').notNull(),
    planFamily: text('plan_family', { enum: planFamilies }).notNull(),
    sessionsPerWeek: integer('sessions_per_week'),
    periodDays: integer('period_days'),
    packSize: integer('pack_size'),
    valueCents: bigint('value_cents', { mode: 'number' }),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Latest known status; per-date history in contract_snapshots. */
    status: text('status', { enum: contractStatuses }),
    /** The snapshot date `status` comes from. */
    statusOn: date('status_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('contracts_source_key_unique').on(table.studioId, table.sourceKey),
    // The daily snapshot picks each client's latest contract: an index in that order spares a sort.
    index('contracts_customer_idx').on(table.customerId, table.endsOn),
    index('contracts_ends_on_idx').on(table.studioId, table.endsOn),
  ],
);

/** `venc_ctr` per snapshot date: sessions contracted, used and available, per week and in total. */
export const contractSnapshots = pgTable(
  'contract_snapshots',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    contractId: integer('contract_id').notNull().references(() => contracts.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    snapshotOn: date('snapshot_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    weeklyContracted: integer('weekly_contracted'),
    weeklyUsed: integer('weekly_used'),
    weeklyAvailable: integer('weekly_available'),
    totalContracted: integer('total_contracted'),
    totalUsed: integer('total_used'),
    totalAvailable: integer('total_available'),
    importId: integer('import_id').references(() => imports.id),
  },
  (table) => [
    uniqueIndex('contract_snapshots_unique').on(table.contractId, table.snapshotOn),
    index('contract_snapshots_day_idx').on(table.studioId, table.snapshotOn),
  ],
);
