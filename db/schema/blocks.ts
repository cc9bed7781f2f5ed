/** The blocks report per snapshot date: since when a client is blocked and what they owe. */
import { bigint, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { customerStatuses, customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const blocks = pgTable(
  'blocks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    snapshotOn: date('snapshot_on', { mode: 'string' }).notNull(),
    customerStatus: text('customer_status', { enum: customerStatuses }),
    blockedOn: date('blocked_on', { mode: 'string' }),
    daysBlocked: integer('days_blocked'),
    /** `Pagamentos em atraso`: how many payments are overdue, when the export says a count. */
    overduePayments: integer('overdue_payments'),
    /** ... and how much, when it says an amount. */
    overdueCents: bigint('overdue_cents', { mode: 'number' }),
    importId: integer('import_id').references(() => imports.id),
  },
  (table) => [
    uniqueIndex('blocks_unique').on(table.customerId, table.snapshotOn),
    index('blocks_day_idx').on(table.studioId, table.snapshotOn),
  ],
);
