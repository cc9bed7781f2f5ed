/**
 * Short sign-in codes for the dashboard: six digits, valid 10 minutes, at most 5 wrong answers, spent
 * by the first right one. Only the code's SHA-256 is kept; a short code's hash is no secret against a
 * copy of the database, but the code dies within minutes and is worth one sign-in.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { staffSignInCodes } from './schema/index.ts';

export const signInCodeMinutes = 10;
export const signInCodeAttempts = 5;

const hashOf = (code: string) => createHash('sha256').update(code).digest();

/** A new code for a staff member; the returned text is the only copy, for the message that carries it. */
export async function issueSignInCode(db: PulsoDb, studioId: number, staffId: number, at: Date): Promise<{ id: number; code: string }> {
  const code = String(randomInt(1_000_000)).padStart(6, '0');
  const expiresAt = new Date(at.getTime() + signInCodeMinutes * 60_000);
  const [row] = await db.insert(staffSignInCodes).values({ studioId, staffId, codeHash: hashOf(code).toString('hex'), expiresAt }).returning({ id: staffSignInCodes.id });
  return { id: row!.id, code };
}

/**
 * Checks a code against the member's newest live code (a new request replaces the older ones). A right
 * answer spends it; a wrong one counts an attempt, and the fifth wrong one kills it.
 */
export async function redeemSignInCode(db: PulsoDb, studioId: number, staffId: number, code: string, at: Date): Promise<boolean> {
  const live = and(eq(staffSignInCodes.studioId, studioId), eq(staffSignInCodes.staffId, staffId), isNull(staffSignInCodes.usedAt), gt(staffSignInCodes.expiresAt, at));
  const [newest] = await db.select().from(staffSignInCodes).where(live).orderBy(desc(staffSignInCodes.id)).limit(1);
  if (!newest || newest.attempts >= signInCodeAttempts) return false;
  const guarded = and(eq(staffSignInCodes.id, newest.id), isNull(staffSignInCodes.usedAt), lt(staffSignInCodes.attempts, signInCodeAttempts));
  if (/^\d{6}$/.test(code) && timingSafeEqual(hashOf(code), Buffer.from(newest.codeHash, 'hex'))) {
    const spent = await db.update(staffSignInCodes).set({ usedAt: at }).where(guarded).returning({ id: staffSignInCodes.id });
    return spent.length > 0;
  }
  await db.update(staffSignInCodes).set({ attempts: sql`${staffSignInCodes.attempts} + 1` }).where(guarded);
  return false;
}
