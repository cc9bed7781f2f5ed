/**
 * LGPD erasure of one client (`pulso forget`, DELETE /api/v1/customers/{code}): their name, phone,
 * e-mail and free text go from every table, while the rows that aggregates count (sales amounts,
 * contracts, scores, actions) stay under the client's id, anonymous. The customer row keeps its code
 * and gets `erased_at`, which the importer honours: a later export does not bring the data back.
 * The erasure itself is written to the audit log, in the same transaction.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type PulsoDb } from './database.ts';
import { auditLog } from './schema/index.ts';

export interface ErasureActor {
  kind: 'staff' | 'cli';
  staffId: number | null;
}

export interface Erasure {
  code: string;
  erasedAt: string;
  /** Rows changed per table, for the report and the audit log. */
  rows: Record<string, number>;
}

/** What identifies the client in free text and addresses: their name, phone digits and e-mail. */
interface Identity {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
}

function likeAny(column: SQL, needles: string[]): SQL {
  return sql.join(needles.map((needle) => sql`${column} ilike ${`%${needle}%`}`), sql` or `);
}

export async function eraseCustomer(db: PulsoDb, studioId: number, code: string, actor: ErasureActor, at: Date): Promise<Erasure | null> {
  return db.transaction(async (tx) => {
    const [customer] = await queryRows<Identity>(
      tx as unknown as PulsoDb,
      sql`select id, name, phone, email from customers where studio_id = ${studioId} and code = ${code} for update`,
    );
    if (!customer) return null;
    const run = async (table: string, statement: SQL): Promise<[string, number]> => {
      const rows = await queryRows<{ id: unknown }>(tx as unknown as PulsoDb, statement);
      return [table, rows.length];
    };
    const digits = customer.phone?.replace(/\D/g, '') ?? null;
    const needles = [customer.name, customer.phone, digits, customer.email].filter((needle): needle is string => Boolean(needle && needle.length >= 4));
    const addresses = [customer.phone, digits, digits && `${digits}@s.whatsapp.net`].filter((address): address is string => Boolean(address));
    const addressList = addresses.length ? sql.join(addresses.map((address) => sql`${address}`), sql`, `) : sql`null`;
    const id = customer.id;
    const counts = [
      await run('customers', sql`update customers set name = null, normalized_name = null, phone = null, contacts_raw = null, email = null,
        email_valid = null, marketing_consent_at = null, erased_at = ${at}, updated_at = ${at} where id = ${id} returning id`),
      await run('sales', sql`update sales set customer_name = null where studio_id = ${studioId} and (customer_id = ${id} or customer_code = ${code}) returning receipt as id`),
      await run('attendance', sql`update attendance set student_name = '', normalized_name = 'apagado:' || id where customer_id = ${id} returning id`),
      await run('leads', sql`update leads set name = null, phone = null, erased_at = ${at}, updated_at = ${at}
        where studio_id = ${studioId} and (customer_id = ${id} or code = ${code} or phone in (${addressList})) returning id`),
      await run('messages', sql`update messages set text = null, attachment = null where conversation_id in (
        select id from conversations where studio_id = ${studioId} and (customer_id = ${id} or address in (${addressList}))) returning id`),
      await run('conversations', sql`update conversations set address = 'apagado:' || id
        where studio_id = ${studioId} and (customer_id = ${id} or address in (${addressList})) returning id`),
      await run('outbox', sql`update outbox set recipient = 'apagado', payload = '{"kind":"text","text":""}'::jsonb, facts = null, last_error = null
        where studio_id = ${studioId} and audience <> 'staff' and (customer_id = ${id} or recipient in (${addressList})) returning id`),
      await run('opt_outs', sql`delete from opt_outs where studio_id = ${studioId} and address in (${addressList}) returning id`),
      await run('actions', sql`update actions set note = null where customer_id = ${id} and note is not null returning id`),
      await run('llm_interactions', needles.length
        ? sql`update llm_interactions set request = null, response = null
            where studio_id = ${studioId} and (${likeAny(sql`coalesce(request::text, '')`, needles)} or ${likeAny(sql`coalesce(response, '')`, needles)}) returning id`
        : sql`select id from llm_interactions where false`),
      await run('whatsapp_auth', digits
        ? sql`delete from whatsapp_auth where studio_id = ${studioId} and key_id like ${`%${digits}%`} returning key_id as id`
        : sql`select 1 as id where false`),
      ...(await Promise.all(needles.map((needle) => run('imports', sql`update imports set report = replace(report::text, ${needle}, '')::jsonb
        where studio_id = ${studioId} and report::text like ${`%${needle}%`} returning id`)))),
    ];
    const rows: Record<string, number> = {};
    for (const [table, count] of counts) rows[table] = (rows[table] ?? 0) + count;
    await tx.insert(auditLog).values({ studioId, actorStaffId: actor.staffId, actorKind: actor.kind, action: 'erase-personal-data', subject: code, detail: { rows }, createdAt: at });
    return { code, erasedAt: at.toISOString(), rows };
  });
}
