/**
 * Baileys' authentication state (the linked device's credentials and its signal keys) kept in the
 * whatsapp_auth table instead of Baileys' folder of JSON files, so the WhatsApp link is backed up,
 * erased and moved with the rest of the data. It follows the shape of Baileys' useMultiFileAuthState:
 * values go through BufferJSON so binary fields survive, a key set to null is deleted, and no stored
 * credentials means a new device that still has to be linked. Every key type Baileys writes is kept,
 * including 'lid-mapping', the LID ↔ phone pairs that let a LID-addressed sender be known after a restart.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import type { PulsoDb } from '../../../db/database.ts';
import { whatsappAuth } from '../../../db/schema/index.ts';

const credsCategory = 'creds';
const credsKeyId = '';
/** Rows per INSERT: a first link uploads hundreds of pre-keys at once; this keeps statements small. */
const rowsPerStatement = 500;

export interface DatabaseAuthState {
  state: AuthenticationState;
  /** Baileys changes `state.creds` in place and emits "creds.update": call this then. */
  saveCreds(): Promise<void>;
  /** Forgets the link (after WhatsApp logged this device out), so the next start links anew. */
  clear(): Promise<void>;
}

type Executor = Pick<PulsoDb, 'insert' | 'delete'>;

function serialise(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

function deserialise(json: string): unknown {
  return JSON.parse(json, BufferJSON.reviver) as unknown;
}

async function upsert(executor: Executor, studioId: number, category: string, entries: [keyId: string, value: unknown][]): Promise<void> {
  for (let start = 0; start < entries.length; start += rowsPerStatement) {
    const rows = entries.slice(start, start + rowsPerStatement).map(([keyId, value]) => ({
      studioId,
      category,
      keyId,
      value: sql`${serialise(value)}::jsonb`,
      updatedAt: sql`now()`,
    }));
    await executor
      .insert(whatsappAuth)
      .values(rows)
      .onConflictDoUpdate({
        target: [whatsappAuth.studioId, whatsappAuth.category, whatsappAuth.keyId],
        set: { value: sql`excluded.value`, updatedAt: sql`now()` },
      });
  }
}

async function readCreds(db: PulsoDb, studioId: number): Promise<AuthenticationCreds | null> {
  const [row] = await db
    .select({ json: sql<string>`${whatsappAuth.value}::text` })
    .from(whatsappAuth)
    .where(and(eq(whatsappAuth.studioId, studioId), eq(whatsappAuth.category, credsCategory), eq(whatsappAuth.keyId, credsKeyId)));
  return row ? (deserialise(row.json) as AuthenticationCreds) : null;
}

async function readKeys<T extends keyof SignalDataTypeMap>(db: PulsoDb, studioId: number, type: T, ids: string[]): Promise<{ [id: string]: SignalDataTypeMap[T] }> {
  const found: { [id: string]: SignalDataTypeMap[T] } = {};
  if (ids.length === 0) return found;
  const rows = await db
    .select({ keyId: whatsappAuth.keyId, json: sql<string>`${whatsappAuth.value}::text` })
    .from(whatsappAuth)
    .where(and(eq(whatsappAuth.studioId, studioId), eq(whatsappAuth.category, type), inArray(whatsappAuth.keyId, ids)));
  for (const row of rows) {
    const value = deserialise(row.json);
    // Baileys expects this one as a protobuf object, as its own file store returns it.
    found[row.keyId] = (type === 'app-state-sync-key' ? proto.Message.AppStateSyncKeyData.fromObject(value as object) : value) as SignalDataTypeMap[T];
  }
  return found;
}

/** One `keys.set` is one transaction: Baileys writes related keys together (a session and its pre-key). */
async function writeKeys(db: PulsoDb, studioId: number, data: SignalDataSet): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [category, values] of Object.entries(data)) {
      const entries = Object.entries(values ?? {});
      const removed = entries.filter(([, value]) => value === null || value === undefined).map(([keyId]) => keyId);
      const kept = entries.filter(([, value]) => value !== null && value !== undefined);
      if (removed.length > 0) {
        await tx
          .delete(whatsappAuth)
          .where(and(eq(whatsappAuth.studioId, studioId), eq(whatsappAuth.category, category), inArray(whatsappAuth.keyId, removed)));
      }
      await upsert(tx, studioId, category, kept);
    }
  });
}

/** Loads the studio's WhatsApp auth state; a studio never linked gets fresh credentials (unsaved until Baileys saves them). */
export async function loadDatabaseAuthState(db: PulsoDb, studioId: number): Promise<DatabaseAuthState> {
  const creds = (await readCreds(db, studioId)) ?? initAuthCreds();
  return {
    state: {
      creds,
      keys: {
        get: (type, ids) => readKeys(db, studioId, type, ids),
        set: (data) => writeKeys(db, studioId, data),
      },
    },
    saveCreds: () => upsert(db, studioId, credsCategory, [[credsKeyId, creds]]),
    clear: async () => {
      await db.delete(whatsappAuth).where(eq(whatsappAuth.studioId, studioId));
    },
  };
}
