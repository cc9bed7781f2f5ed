import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import type { PulsoDb } from './database.ts';
import { acquireLease, holdLease, releaseLease, type LeaseKeeper } from './leases.ts';
import { leases } from './schema/index.ts';

const t0 = new Date('2026-11-24T11:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

/** Polls (every 10 ms) for what a keeper does on its own timer. */
async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeEachDriver('leases', (driver) => {
  let database: TestDatabase;
  let studioId: number;
  const keepers: LeaseKeeper[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studioId = (await openTestStudio(database)).id;
  });
  beforeEach(async () => {
    await Promise.all(keepers.splice(0).map((keeper) => keeper.stop()));
    await database.db.delete(leases);
  });
  afterAll(async () => {
    await Promise.all(keepers.splice(0).map((keeper) => keeper.stop()));
    await database.close();
  });

  async function holderOf(name: string): Promise<{ holder: string; acquiredAt: Date; expiresAt: Date } | undefined> {
    const [row] = await database.db
      .select({ holder: leases.holder, acquiredAt: leases.acquiredAt, expiresAt: leases.expiresAt })
      .from(leases)
      .where(and(eq(leases.studioId, studioId), eq(leases.name, name)));
    return row;
  }

  const claim = (holder: string, now: Date, ttlMs = 45_000) => acquireLease(database.db, { studioId, name: 'whatsapp', holder, now, ttlMs });

  it('goes to exactly one of many racing holders', async () => {
    const holders = Array.from({ length: 20 }, (_, index) => `worker-${index}`);
    const results = await Promise.all(holders.map((holder) => claim(holder, t0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await holderOf('whatsapp'))?.holder).toBe(holders[results.indexOf(true)]);
  });

  it('is renewed by its holder and refused to others until it expires, then taken over', async () => {
    expect(await claim('a', t0)).toBe(true);
    expect(await claim('a', later(15_000))).toBe(true);
    expect(await holderOf('whatsapp')).toEqual({ holder: 'a', acquiredAt: t0, expiresAt: later(60_000) });
    expect(await claim('b', later(59_999))).toBe(false);
    expect(await claim('b', later(60_001))).toBe(true);
    expect(await holderOf('whatsapp')).toEqual({ holder: 'b', acquiredAt: later(60_001), expiresAt: later(105_001) });
    expect(await claim('a', later(60_002))).toBe(false);
  });

  it('is released only by its holder, and then free at once', async () => {
    expect(await claim('a', t0)).toBe(true);
    expect(await releaseLease(database.db, { studioId, name: 'whatsapp', holder: 'b' })).toBe(false);
    expect(await claim('b', later(1))).toBe(false);
    expect(await releaseLease(database.db, { studioId, name: 'whatsapp', holder: 'a' })).toBe(true);
    expect(await claim('b', later(2))).toBe(true);
  });

  it('is held per studio and name', async () => {
    const other = (await openTestStudio(database, 'filial')).id;
    expect(await claim('a', t0)).toBe(true);
    expect(await acquireLease(database.db, { studioId, name: 'telegram-polling', holder: 'b', now: t0, ttlMs: 45_000 })).toBe(true);
    expect(await acquireLease(database.db, { studioId: other, name: 'whatsapp', holder: 'b', now: t0, ttlMs: 45_000 })).toBe(true);
  });

  describe('holdLease', () => {
    const timings = { ttlMs: 200, renewEveryMs: 50 };

    /** A keeper on a clock the test moves, recording what it is told. */
    function keeper(holder: string, clock: { now: Date }, extra: { db?: PulsoDb; onAcquired?: () => void } = {}) {
      const events: string[] = [];
      const errors: unknown[] = [];
      const keeping = holdLease({
        db: extra.db ?? database.db,
        studioId,
        name: 'whatsapp',
        holder,
        ...timings,
        now: () => clock.now,
        onAcquired: () => {
          events.push('acquired');
          extra.onAcquired?.();
        },
        onLost: async () => {
          events.push(`lost while ${(await holderOf('whatsapp'))?.holder ?? 'free'} held it`);
        },
        onError: (error) => errors.push(error),
      });
      keepers.push(keeping);
      return { events, errors, keeping };
    }

    it('renews the lease it took, and stop() closes (onLost) before releasing it', async () => {
      const clock = { now: t0 };
      const a = keeper('a', clock);
      await waitUntil('a holds the lease', () => a.events.length === 1);
      expect(await holderOf('whatsapp')).toMatchObject({ holder: 'a', expiresAt: later(200) });
      clock.now = later(100);
      await waitUntil('a renewed it', async () => (await holderOf('whatsapp'))?.expiresAt.getTime() === later(300).getTime());
      await a.keeping.stop();
      expect(a.events).toEqual(['acquired', 'lost while a held it']);
      expect(await holderOf('whatsapp')).toBeUndefined();
      expect(a.errors).toEqual([]);
    });

    it('takes over from a dead holder once its lease expires, and tells a holder that lost it', async () => {
      expect(await claim('dead', t0, 200)).toBe(true);
      const clock = { now: later(100) };
      const b = keeper('b', clock);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(b.events).toEqual([]);
      clock.now = later(200);
      await waitUntil('b took the lease over', () => b.events.length === 1);
      expect(await holderOf('whatsapp')).toMatchObject({ holder: 'b', expiresAt: later(400) });

      // b's clock stands still: another process, later than b's expiry, takes the lease over.
      expect(await claim('c', later(1_000), 200)).toBe(true);
      await waitUntil('b was told', () => b.events.length === 2);
      expect(b.events).toEqual(['acquired', 'lost while c held it']);
      await b.keeping.stop();
      expect(b.events).toHaveLength(2);
      expect((await holderOf('whatsapp'))?.holder).toBe('c');
    });

    it('keeps the lease through failed renewals while it is valid, and gives it up before it expires', async () => {
      let offline = false;
      const flakyDb = new Proxy(database.db, {
        get: (target, property, receiver) => (property === 'insert' && offline ? () => { throw new Error('banco fora do ar'); } : Reflect.get(target, property, receiver)),
      });
      const clock = { now: t0 };
      const a = keeper('a', clock, { db: flakyDb });
      await waitUntil('a holds the lease', () => a.events.length === 1);
      offline = true;
      await waitUntil('a renewal failed', () => a.errors.length >= 2);
      expect(a.events).toEqual(['acquired']);
      clock.now = later(150);
      await waitUntil('a gave the lease up', () => a.events.length === 2);
      expect(a.events).toEqual(['acquired', 'lost while a held it']);
      offline = false;
      await waitUntil('a holds it again', () => a.events.length === 3);
      expect(a.events[2]).toBe('acquired');
    });

    it('releases the lease when onAcquired fails, and tries again', async () => {
      let attempts = 0;
      const clock = { now: t0 };
      const a = keeper('a', clock, {
        onAcquired: () => {
          attempts += 1;
          if (attempts === 1) throw new Error('sessão recusada');
        },
      });
      await waitUntil('a holds the lease at the second try', () => attempts === 2);
      expect(a.errors).toEqual([new Error('sessão recusada')]);
      expect((await holderOf('whatsapp'))?.holder).toBe('a');
    });
  });
});
