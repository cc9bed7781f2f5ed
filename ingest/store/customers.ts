/**
 * Clients are keyed by Código and assembled from every sheet that names them: a status here, contacts
 * there. A file's blank never erases a known value, an older snapshot never overwrites a newer status,
 * and a client erased under LGPD stays erased whatever the next export says. Within one import, a client
 * is written again only when a sheet says something new about them (context.customersWritten).
 */
import { and, eq, sql } from 'drizzle-orm';
import { customers, type CustomerStatus } from '../../db/schema/index.ts';
import { displayName, normalizeName } from '../../domain/person-name.ts';
import { chunks } from '../../db/unnest-rows.ts';
import { mergeUpsert, type WriteCounts } from './merge-upsert.ts';
import type { StoreContext } from './store-context.ts';

export interface CustomerFacts {
  code: string;
  /** As exported ("BRUNO LIMA 91"); stored as "Bruno Lima" and matched as "BRUNO LIMA". */
  name?: string | null;
  phone?: string | null;
  contactsRaw?: string | null;
  email?: string | null;
  emailValid?: boolean | null;
  customerSince?: string | null;
  status?: CustomerStatus | null;
}

export interface StoredCustomers {
  ids: Map<string, number>;
  counts: WriteCounts;
  /** Códigos that appear on more than one row of the sheet. */
  duplicateCodes: string[];
}

const personal = ['name', 'normalizedName', 'phone', 'contactsRaw', 'email', 'emailValid'] as const;

/** One fact per Código: a later row's values fill in or replace an earlier row's, blanks never erase. */
function mergeByCode(facts: CustomerFacts[]): { merged: CustomerFacts[]; duplicateCodes: string[] } {
  const byCode = new Map<string, CustomerFacts & Record<string, unknown>>();
  const duplicates = new Set<string>();
  for (const fact of facts) {
    const known = byCode.get(fact.code);
    // Sales name each client on many rows: copy the first, then patch it in place, not a new object per row.
    if (!known) {
      byCode.set(fact.code, { ...fact });
      continue;
    }
    duplicates.add(fact.code);
    for (const [key, value] of Object.entries(fact)) if (value !== null && value !== undefined) known[key] = value;
  }
  return { merged: [...byCode.values()], duplicateCodes: [...duplicates] };
}

/** What a fact says, as the import records it: its non-blank fields, and the date a status is from. */
function said(fact: CustomerFacts, snapshotOn: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fact)) if (value !== null && value !== undefined) fields[key] = value;
  if (fact.status) fields.statusOn = snapshotOn;
  return fields;
}

/**
 * A fact that says nothing this import has not written already changes nothing: every field it gives was
 * merged into the row then, and merging the same value (or an older status) again is a no-op.
 */
function saysNothingNew(fields: Record<string, unknown>, written: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(fields)) if (written[key] !== value) return false;
  return true;
}

export async function storeCustomers(context: StoreContext, facts: CustomerFacts[]): Promise<StoredCustomers> {
  const { db, studioId, importId, snapshotOn, customersWritten } = context;
  const { merged, duplicateCodes } = mergeByCode(facts);
  const ids = new Map<string, number>();
  const toWrite: { fact: CustomerFacts; fields: Record<string, unknown> }[] = [];
  for (const fact of merged) {
    const fields = said(fact, snapshotOn);
    const written = customersWritten.get(fact.code);
    if (written && saysNothingNew(fields, written.facts)) ids.set(fact.code, written.id);
    else toWrite.push({ fact, fields });
  }
  const rows = toWrite.map(({ fact }) => ({
    studioId,
    code: fact.code,
    name: fact.name ? displayName(fact.name) : null,
    normalizedName: fact.name ? normalizeName(fact.name) : null,
    phone: fact.phone ?? null,
    contactsRaw: fact.contactsRaw ?? null,
    email: fact.email ?? null,
    emailValid: fact.emailValid ?? null,
    customerSince: fact.customerSince ?? null,
    status: fact.status ?? null,
    statusOn: fact.status ? snapshotOn : null,
    firstImportId: importId,
  }));
  const statusIsNewer = sql`(excluded.status is not null and (${customers.statusOn} is null or excluded.status_on >= ${customers.statusOn}))`;
  const custom: Record<string, { set: ReturnType<typeof sql>; changed: ReturnType<typeof sql> }> = {
    status: {
      set: sql`case when ${statusIsNewer} then excluded.status else ${customers.status} end`,
      changed: sql`(${statusIsNewer} and excluded.status is distinct from ${customers.status})`,
    },
    statusOn: {
      set: sql`case when ${statusIsNewer} then excluded.status_on else ${customers.statusOn} end`,
      changed: sql`false`,
    },
  };
  for (const name of personal) {
    const column = customers[name];
    const excluded = sql.raw(`excluded."${column.name}"`);
    custom[name] = {
      set: sql`case when ${customers.erasedAt} is null then coalesce(${excluded}, ${column}) else ${column} end`,
      changed: sql`(${customers.erasedAt} is null and ${excluded} is not null and ${excluded} is distinct from ${column})`,
    };
  }
  const counts = await mergeUpsert(db, customers, rows, {
    target: [customers.studioId, customers.code],
    merge: [...personal, 'customerSince', 'status', 'statusOn'],
    custom,
    onUpdate: { updatedAt: sql`now()` },
  });
  counts.unchanged += merged.length - rows.length;
  const found = new Map<string, number>();
  for (const codes of chunks(rows.map((row) => row.code).filter((code) => !customersWritten.has(code)))) {
    const stored = await db
      .select({ id: customers.id, code: customers.code })
      .from(customers)
      .where(and(eq(customers.studioId, studioId), sql`${customers.code} = any(${sql.param(codes)}::text[])`));
    for (const { id, code } of stored) found.set(code, id);
  }
  for (const { fact, fields } of toWrite) {
    const written = customersWritten.get(fact.code);
    const id = written?.id ?? found.get(fact.code)!;
    ids.set(fact.code, id);
    customersWritten.set(fact.code, { id, facts: { ...written?.facts, ...fields } });
  }
  return { ids, counts, duplicateCodes };
}
