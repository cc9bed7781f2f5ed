/**
 * Who sees which personal data (DOMAIN.md §5), and the audit trail of every read. The owner sees
 * everything; a manager sees phones; a secretary sees the phones of her clients (those she acted on,
 * and those the front desk's daily alert asked to contact); everyone but the owner sees e-mails
 * masked; marketing sees no personal data at all. Each read of a client's personal data through
 * the API is one audit_log row: who, which client, through which route.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { TokenHolder } from '../../db/staff-tokens.ts';
import { maskPhone } from '../../domain/phone.ts';

export interface Contact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** "carla.souza@gmail.com" → "c****@gmail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '****' : `${email[0]}****${email.slice(at)}`;
}

/** The contact as the holder may see it; `hers` says whether the client is the secretary's. */
export function visibleContact(holder: Pick<TokenHolder, 'role'>, contact: Contact, hers: boolean): Contact {
  const { name, phone, email } = contact;
  switch (holder.role) {
    case 'owner':
      return contact;
    case 'manager':
      return { name, phone, email: email && maskEmail(email) };
    case 'secretary':
      return { name, phone: phone && (hers ? phone : maskPhone(phone)), email: email && maskEmail(email) };
    case 'marketing':
      return { name: null, phone: null, email: null };
  }
}

/** The clients a secretary works with: those she recorded an action for, and the front desk's tasks. */
export async function secretaryClientIds(db: PulsoDb, studioId: number, staffId: number): Promise<Set<number>> {
  const rows = await queryRows<{ customer_id: number }>(
    db,
    sql`select distinct customer_id from actions
        where studio_id = ${studioId} and customer_id is not null and (staff_id = ${staffId} or (staff_id is null and kind = 'task'))`,
  );
  return new Set(rows.map((row) => row.customer_id));
}

/** One audit_log row per client whose personal data the holder just read. */
export async function recordPersonalDataReads(db: PulsoDb, holder: TokenHolder, route: string, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await db.insert(auditLog).values(
    codes.map((code) => ({ studioId: holder.studioId, actorStaffId: holder.staffId, actorKind: 'staff' as const, action: 'read-personal-data', subject: code, detail: { route } })),
  );
}
