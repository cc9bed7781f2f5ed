/**
 * API tokens of the studio's people: a token is shown once when issued and only its SHA-256 hash is
 * kept, so a copy of the database gives nobody access. A removed person's tokens stop working too.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { staff, staffTokens, type StaffRole } from './schema/index.ts';

export interface TokenHolder {
  tokenId: number;
  staffId: number;
  studioId: number;
  name: string;
  role: StaffRole;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token for a staff member: the returned text is the only copy there will ever be. */
export async function issueStaffToken(db: PulsoDb, studioId: number, staffId: number, label: string | null): Promise<{ id: number; token: string }> {
  const token = `pulso_${randomBytes(32).toString('base64url')}`;
  const [row] = await db.insert(staffTokens).values({ studioId, staffId, tokenHash: tokenHash(token), label }).returning({ id: staffTokens.id });
  return { id: row!.id, token };
}

/** Who holds a token that is neither revoked nor belonging to someone removed; marks it used. */
export async function findTokenHolder(db: PulsoDb, token: string, at: Date): Promise<TokenHolder | null> {
  const [holder] = await db
    .select({ tokenId: staffTokens.id, staffId: staff.id, studioId: staffTokens.studioId, name: staff.name, role: staff.role })
    .from(staffTokens)
    .innerJoin(staff, eq(staff.id, staffTokens.staffId))
    .where(and(eq(staffTokens.tokenHash, tokenHash(token)), isNull(staffTokens.revokedAt), isNull(staff.removedAt)));
  if (!holder) return null;
  await db.update(staffTokens).set({ lastUsedAt: at }).where(eq(staffTokens.id, holder.tokenId));
  return holder;
}

/** Revokes one token of the studio; false when there is no such active token. */
export async function revokeStaffToken(db: PulsoDb, studioId: number, tokenId: number, at: Date): Promise<boolean> {
  const revoked = await db
    .update(staffTokens)
    .set({ revokedAt: at })
    .where(and(eq(staffTokens.id, tokenId), eq(staffTokens.studioId, studioId), isNull(staffTokens.revokedAt)))
    .returning({ id: staffTokens.id });
  return revoked.length > 0;
}
