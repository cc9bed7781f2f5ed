/**
 * Receipts (`vendas_totais`). Stored once per receipt and item, so re-importing the same or an
 * overlapping export adds nothing. The client's code and name are kept as exported because a
 * receipt may name someone not (yet) in the client list.
 */
import { bigint, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { imports } from './imports.ts';
import { studios } from './studios.ts';

export const sales = pgTable(
  'sales',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    receipt: text('receipt').notNull(),
    /** Position of the line within its receipt (1 for single-line receipts). */
    item: smallint('item').notNull().default(1),
    customerId: integer('customer_id').references(() => customers.id),
    customerCode: text('customer_code'),
    customerName: text('customer_name'),
    status: text('status'),
    description: text('description'),
    planFamily: text('plan_family'),
    valueCents: bigint('value_cents', { mode: 'number' }).notNull(),
    paymentMethod: text('payment_method'),
    soldOn: date('sold_on', { mode: 'string' }).notNull(),
    soldAt: timestamp('sold_at', { withTimezone: true }),
    origin: text('origin'),
    receiptResponsible: text('receipt_responsible'),
    /** Consultant name cleaned of Tecnofit's "CONSULTOR PADRÃO - ... --" decoration. */
    consultant: text('consultant'),
    importId: integer('import_id').references(() => imports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('sales_receipt_unique').on(table.studioId, table.receipt, table.item),
    index('sales_day_idx').on(table.studioId, table.soldOn),
    // Value and family in the key too, so that a client's payments (last payment, RFM, first plan) are
    // read from the index alone; drizzle has no INCLUDE.
    index('sales_customer_idx').on(table.customerId, table.soldOn, table.valueCents, table.planFamily),
  ],
);
