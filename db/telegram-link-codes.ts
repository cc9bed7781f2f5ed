/**
 * One-time codes that link a staff member's Telegram chat to their staff record: `pulso staff telegram`
 * issues one, the person sends "/start CODE" to the bot, and from then on that chat is recognised as
 * them. Only the code's SHA-256 is stored; a code works once and for 24 hours.
 */
import { createHash, randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { staff, staffTokens } from './schema/index.ts';

const label = 'telegram-link';
const validHours = 24;
/** No 0/O, 1/I/L: a code is read off a screen and typed on a phone. */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const hashOf = (code: string) => createHash('sha256').update(code.replace(/[^A-Z0-9]/gi, '').toUpperCase()).digest('hex');

export async function issueTelegramLinkCode(db: PulsoDb, studioId: number, staffId: number): Promise<string> {
  const raw = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
  await db.insert(staffTokens).values({ studioId, staffId, tokenHash: hashOf(raw), label });
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** Links `chatId` to the code's staff member and spends the code; null when the code is unknown, used or expired. */
export async function redeemTelegramLinkCode(db: PulsoDb, studioId: number, code: string, chatId: string, at: Date): Promise<{ name: string; role: string } | null> {
  return db.transaction(async (tx) => {
    const [token] = await tx
      .select({ id: staffTokens.id, staffId: staffTokens.staffId })
      .from(staffTokens)
      .where(and(eq(staffTokens.studioId, studioId), eq(staffTokens.tokenHash, hashOf(code)), eq(staffTokens.label, label), isNull(staffTokens.revokedAt), gt(staffTokens.createdAt, new Date(at.getTime() - validHours * 3_600_000))));
    if (!token) return null;
    await tx.update(staffTokens).set({ revokedAt: at, lastUsedAt: at }).where(eq(staffTokens.id, token.id));
    const [member] = await tx.update(staff).set({ telegramChatId: chatId }).where(and(eq(staff.id, token.staffId), isNull(staff.removedAt))).returning({ name: staff.name, role: staff.role });
    return member ?? null;
  });
}
