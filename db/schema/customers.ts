/**
 * A client as the management system knows them, keyed by its `Código`. Personal fields are nulled by
 * LGPD erasure (`erasedAt` set); the row stays so that anonymous aggregates keep adding up.
 */
import { boolean, date, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { studios } from './studios.ts';
import { imports } from './imports.ts';

export const customerStatuses = ['Ativo', 'Bloqueado', 'Cancelado', 'Excluído', 'Prospect', 'Sem Contrato', 'Cliente Pass'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const customers = pgTable(
  'customers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    /** Tecnofit's `Código`, digits only ("1002.0" arrives as "1002"). */
    code: text('code').notNull(),
    name: text('name'),
    /** Upper case, no accents, no trailing number: how attendance names are matched. */
    normalizedName: text('normalized_name'),
    /** First phone in E.164 when one could be read from `Contatos`. */
    phone: text('phone'),
    /** `Contatos` as exported, for what the phone parser could not read. */
    contactsRaw: text('contacts_raw'),
    email: text('email'),
    emailValid: boolean('email_valid'),
    customerSince: date('customer_since', { mode: 'string' }),
    /** Latest known `Status atual`; the per-date history is in customer_snapshots. */
    status: text('status', { enum: customerStatuses }),
    /** The snapshot date `status` comes from: an older export imported later does not overwrite it. */
    statusOn: date('status_on', { mode: 'string' }),
    /** LGPD: marketing needs consent; service messages rest on the contract. */
    marketingConsentAt: timestamp('marketing_consent_at', { withTimezone: true }),
    /** The client asked to stop messages (SAIR, PARAR...); also recorded per number in opt_outs. */
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    firstImportId: integer('first_import_id').references(() => imports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('customers_code_unique').on(table.studioId, table.code),
    // What a composite foreign key (studio_id, customer_id) refers to: the client is the same studio's.
    uniqueIndex('customers_studio_and_id_unique').on(table.studioId, table.id),
    index('customers_normalized_name_idx').on(table.studioId, table.normalizedName),
    index('customers_phone_idx').on(table.studioId, table.phone),
  ],
);

/** `clientes_ativos` per snapshot date: status and continuity, so transitions can be computed. */
export const customerSnapshots = pgTable(
  'customer_snapshots',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    studioId: integer('studio_id').notNull().references(() => studios.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    snapshotOn: date('snapshot_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: customerStatuses }),
    /** `Continuidade (meses)`, which Tecnofit gives with one decimal ("9,9"). */
    continuityMonths: doublePrecision('continuity_months'),
    contractCount: integer('contract_count'),
    importId: integer('import_id').references(() => imports.id),
  },
  (table) => [
    uniqueIndex('customer_snapshots_unique').on(table.customerId, table.snapshotOn),
    index('customer_snapshots_day_idx').on(table.studioId, table.snapshotOn),
  ],
);
