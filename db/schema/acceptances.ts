/** `aceite_ctr` per snapshot date: has the client accepted the current contract version? */
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const acceptanceStatuses = ['Aguardando aceite', 'Aceito'] as const;

export const contractAcceptances = pgTable(
  'contract_acceptances',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    snapshotOn: date('snapshot_on', { mode: 'string' }).notNull(),
    contractName: text('contract_name').notNull(),
    lastAcceptedAt: timestamp('last_accepted_at', { withTimezone: true }),
    version: text('version'),
    status: text('status', { enum: acceptanceStatuses }),
    resendAvailable: boolean('resend_available'),
    importId: integer('import_id').references(() => imports.id),
  },
  (table) => [
    uniqueIndex('contract_acceptances_unique').on(table.customerId, table.contractName, table.snapshotOn),
    index('contract_acceptances_day_idx').on(table.studioId, table.snapshotOn, table.status),
  ],
);
