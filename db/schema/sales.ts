/**
 * Receipts (`vendas_totais`). Stored once per receipt and item, the primary key, so re-importing the
 * same or an overlapping export adds nothing. The client's code and name are kept as exported because a
 * receipt may name someone not (yet) in the client list. An import writes 100,000 rows at a time, and
 * each foreign key checked costs ~0,3 s of that: two here, studio and client.
 */
import { bigint, date, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { studios } from './studios.ts';

export const sales = pgTable(
  'sales',
  {
    studioId: integer('studio_id').notNull().references(() => studios.id),
    receipt: text('receipt').notNull(),
    /** Position of the line within its receipt (1 for single-line receipts). */
    item: smallint('item').notNull().default(1),
    /** A client of the same studio: the foreign key is (studio_id, customer_id). */
    customerId: integer('customer_id'),
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
    /**
     * The import that first wrote the row: provenance, written by the importer in the same transaction
     * as the imports row, so left without a foreign key (one check per row saved).
     */
    importId: integer('import_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'sales_pkey', columns: [table.studioId, table.receipt, table.item] }),
    foreignKey({ name: 'sales_customer_fk', columns: [table.studioId, table.customerId], foreignColumns: [customers.studioId, customers.id] }),
    index('sales_day_idx').on(table.studioId, table.soldOn),
    // Value and family in the key too, so that a client's payments (last payment, RFM, first plan) are
    // read from the index alone; drizzle has no INCLUDE.
    index('sales_customer_idx').on(table.customerId, table.soldOn, table.valueCents, table.planFamily),
  ],
);
