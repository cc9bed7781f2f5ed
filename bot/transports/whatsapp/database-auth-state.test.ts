import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proto } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Driver } from '../../../db/database.ts';
import { migrateDatabase } from '../../../db/migrate.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../../test/databases.ts';
import { loadDatabaseAuthState } from './database-auth-state.ts';

/**
 * A database that can be opened a second time from scratch: a PGlite data folder on disk, or a second
 * connection pool to the same PostgreSQL database. What was written must come back through the second.
 */
interface ReopenableDatabase {
  first: Database;
  /** Closes `first` when it must be (PGlite holds its folder), then opens the same data anew. */
  reopen(): Promise<Database>;
  dispose(): Promise<void>;
}

async function openReopenable(driver: Driver): Promise<ReopenableDatabase> {
  if (driver === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'pulso-whatsapp-auth-'));
    const target = { driver: 'pglite', dataDir } as const;
    const first = await openDatabase(target);
    await migrateDatabase(first, target);
    let current = first;
    return {
      first,
      reopen: async () => {
        await current.close();
        current = await openDatabase(target);
        return current;
      },
      dispose: async () => {
        try {
          await current.close();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  }
  const first = await openTestDatabase('postgres');
  let second: Database | null = null;
  return {
    first,
    reopen: async () => {
      second = await openDatabase({ driver: 'postgres', url: first.environment.DATABASE_URL! });
      return second;
    },
    dispose: async () => {
      await second?.close();
      await first.close();
    },
  };
}

const preKey = { public: Buffer.from([5, 1, 2, 3, 250]), private: new Uint8Array([9, 8, 7, 0, 255]) };
const session = Buffer.from('sessão com bytes \x00\x01\xff', 'latin1');

describeEachDriver('WhatsApp auth state in the database', (driver) => {
  describe('across connections', () => {
    let databases: ReopenableDatabase;
    beforeEach(async () => {
      databases = await openReopenable(driver);
    });
    afterEach(() => databases.dispose());

    it('reads back, through a fresh connection, the creds and keys written through it, bytes intact', async () => {
      const studio = await openTestStudio(databases.first);
      const written = await loadDatabaseAuthState(databases.first.db, studio.id);
      expect(written.state.creds.registered).toBe(false);
      written.state.creds.registered = true;
      written.state.creds.me = { id: '5511987654321:7@s.whatsapp.net', lid: '123456789012345:7@lid', name: 'Estúdio Pulso' };
      await written.saveCreds();
      await written.state.keys.set({
        'pre-key': { '1': preKey },
        session: { '123456789012345.0': session },
        'lid-mapping': { '5511987654321': '123456789012345', '123456789012345_reverse': '5511987654321' },
        'app-state-sync-key': { AAAAAQ: { keyData: new Uint8Array([1, 2, 3]), timestamp: 1_764_000_000 } },
      });

      const fresh = await databases.reopen();
      const read = await loadDatabaseAuthState(fresh.db, studio.id);
      expect(read.state.creds.registered).toBe(true);
      expect(read.state.creds.me).toEqual(written.state.creds.me);
      expect(Buffer.isBuffer(read.state.creds.noiseKey.private)).toBe(true);
      expect(Buffer.from(read.state.creds.noiseKey.private).equals(Buffer.from(written.state.creds.noiseKey.private))).toBe(true);
      expect(Buffer.from(read.state.creds.signedIdentityKey.public).equals(Buffer.from(written.state.creds.signedIdentityKey.public))).toBe(true);
      expect(read.state.creds.advSecretKey).toBe(written.state.creds.advSecretKey);
      expect(read.state.creds.registrationId).toBe(written.state.creds.registrationId);

      const preKeys = await read.state.keys.get('pre-key', ['1', '2']);
      expect(Object.keys(preKeys)).toEqual(['1']);
      expect(Buffer.from(preKeys['1']!.public).equals(preKey.public)).toBe(true);
      expect(Buffer.from(preKeys['1']!.private).equals(Buffer.from(preKey.private))).toBe(true);

      const sessions = await read.state.keys.get('session', ['123456789012345.0']);
      expect(Buffer.from(sessions['123456789012345.0']!).equals(session)).toBe(true);

      expect(await read.state.keys.get('lid-mapping', ['5511987654321', '123456789012345_reverse'])).toEqual({
        '5511987654321': '123456789012345',
        '123456789012345_reverse': '5511987654321',
      });

      const syncKeys = await read.state.keys.get('app-state-sync-key', ['AAAAAQ']);
      expect(syncKeys.AAAAAQ).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
      expect(Buffer.from(syncKeys.AAAAAQ!.keyData!).equals(Buffer.from([1, 2, 3]))).toBe(true);
    });
  });

  describe('on one connection', () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await openTestDatabase(driver);
    });
    afterEach(() => database.close());

    it('deletes a key set to null, keeps the others, and forgets everything on clear', async () => {
      const studio = await openTestStudio(database);
      const auth = await loadDatabaseAuthState(database.db, studio.id);
      await auth.saveCreds();
      await auth.state.keys.set({ 'pre-key': { '1': preKey, '2': preKey } });
      await auth.state.keys.set({ 'pre-key': { '1': null } });
      expect(Object.keys(await auth.state.keys.get('pre-key', ['1', '2']))).toEqual(['2']);

      await auth.clear();
      const after = await loadDatabaseAuthState(database.db, studio.id);
      expect(await after.state.keys.get('pre-key', ['1', '2'])).toEqual({});
      expect(Buffer.from(after.state.creds.noiseKey.private).equals(Buffer.from(auth.state.creds.noiseKey.private))).toBe(false);
    });

    it('writes all of one keys.set or none of it', async () => {
      const studio = await openTestStudio(database);
      const auth = await loadDatabaseAuthState(database.db, studio.id);
      // PostgreSQL's jsonb refuses \u0000, so the second category fails after the first was written.
      const failing = auth.state.keys.set({ 'pre-key': { '1': preKey }, 'lid-mapping': { '5511987654321': 'inválido\u0000' } });
      await expect(failing).rejects.toThrow();
      expect(await auth.state.keys.get('pre-key', ['1'])).toEqual({});
    });

    it('keeps each studio to its own link', async () => {
      const studio = await openTestStudio(database);
      const other = await openTestStudio(database, 'filial');
      const auth = await loadDatabaseAuthState(database.db, studio.id);
      auth.state.creds.registered = true;
      await auth.saveCreds();
      await auth.state.keys.set({ session: { a: session } });

      const otherAuth = await loadDatabaseAuthState(database.db, other.id);
      expect(otherAuth.state.creds.registered).toBe(false);
      expect(await otherAuth.state.keys.get('session', ['a'])).toEqual({});
      await otherAuth.clear();
      expect(Object.keys(await auth.state.keys.get('session', ['a']))).toEqual(['a']);
    });
  });
});
