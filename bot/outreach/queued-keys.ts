/** Which of some idempotency keys are already in the outbox, with their text, so costly reports are written once a day. */
import { and, eq, inArray } from 'drizzle-orm';
import type { PulsoDb } from '../../db/database.ts';
import { outbox } from '../../db/schema/index.ts';
import { payloadText } from './outbox.ts';

export async function queuedTexts(db: PulsoDb, studioId: number, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: outbox.idempotencyKey, payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.studioId, studioId), inArray(outbox.idempotencyKey, keys)));
  return new Map(rows.map((row) => [row.key, payloadText(row.payload)]));
}
