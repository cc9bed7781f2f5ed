/**
 * Leases: one process at a time holds a thing such as the studio's WhatsApp session, however many
 * processes run. Taking a lease is one atomic statement, so two processes racing for it can never both
 * win; the holder renews it before it expires, and when the holder dies another process takes it once
 * it has expired. Times come from the caller's clock, as everywhere in Pulso.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { leases } from './schema/index.ts';

/** With these a dead holder is replaced within a minute, and a live one may miss two renewals. */
export const defaultLeaseTtlMs = 45_000;
export const defaultLeaseRenewEveryMs = 15_000;

export interface LeaseKey {
  studioId: number;
  /** What is held, e.g. "whatsapp". */
  name: string;
  /** Who holds it, unique among live processes. */
  holder: string;
}

/**
 * True when `holder` holds the lease until `now + ttlMs`: it was free, ours (renewed), or another
 * holder's that had expired (taken over). False while another holder's lease is still valid. A lease is
 * valid until its `expires_at`, excluded.
 */
export async function acquireLease(db: PulsoDb, { studioId, name, holder, now, ttlMs }: LeaseKey & { now: Date; ttlMs: number }): Promise<boolean> {
  const rows = await db
    .insert(leases)
    .values({ studioId, name, holder, acquiredAt: now, expiresAt: new Date(now.getTime() + ttlMs) })
    .onConflictDoUpdate({
      target: [leases.studioId, leases.name],
      set: {
        holder: sql`excluded.holder`,
        // Kept on renewal: when the current holder first took it.
        acquiredAt: sql`case when ${leases.holder} = excluded.holder then ${leases.acquiredAt} else excluded.acquired_at end`,
        expiresAt: sql`excluded.expires_at`,
      },
      setWhere: sql`${leases.holder} = excluded.holder or ${leases.expiresAt} <= excluded.acquired_at`,
    })
    .returning({ holder: leases.holder });
  return rows.length === 1;
}

/** Gives the lease up at once, if `holder` holds it; true when it did. */
export async function releaseLease(db: PulsoDb, { studioId, name, holder }: LeaseKey): Promise<boolean> {
  const rows = await db
    .delete(leases)
    .where(and(eq(leases.studioId, studioId), eq(leases.name, name), eq(leases.holder, holder)))
    .returning({ holder: leases.holder });
  return rows.length === 1;
}

export interface HoldLeaseOptions extends LeaseKey {
  db: PulsoDb;
  ttlMs?: number;
  renewEveryMs?: number;
  now: () => Date;
  /** This process now holds the lease: open what it guards. Should take well under the ttl. */
  onAcquired: () => void | Promise<void>;
  /**
   * This process no longer holds the lease, or soon may not: a renewal was refused, renewals failed
   * until the lease is about to expire, or `stop()` is about to release it. Close what the lease guards;
   * until this returns, the lease is not given up, so two processes never hold the thing at once.
   */
  onLost: () => void | Promise<void>;
  /** A renewal that failed (the database is unreachable) or an `onAcquired`/`onLost` that threw. */
  onError?: (error: unknown) => void;
}

export interface LeaseKeeper {
  /** Stops trying; if the lease is held, calls `onLost` and then releases it. */
  stop(): Promise<void>;
}

/**
 * Tries for the lease at once and every `renewEveryMs`: takes it when it is free or expired, renews it
 * while held. If `onAcquired` throws, the lease is released for another process and tried again later.
 */
export function holdLease(options: HoldLeaseOptions): LeaseKeeper {
  const { db, now, onAcquired, onLost, onError = () => {} } = options;
  const key: LeaseKey = { studioId: options.studioId, name: options.name, holder: options.holder };
  const ttlMs = options.ttlMs ?? defaultLeaseTtlMs;
  const renewEveryMs = options.renewEveryMs ?? defaultLeaseRenewEveryMs;
  /** Until when the last successful acquisition or renewal holds the lease; null when not held. */
  let heldUntil: number | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function call(callback: () => void | Promise<void>): Promise<boolean> {
    try {
      await callback();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  }

  async function lose(): Promise<void> {
    heldUntil = null;
    await call(onLost);
  }

  async function attempt(): Promise<void> {
    const at = now();
    let acquired: boolean;
    try {
      acquired = await acquireLease(db, { ...key, now: at, ttlMs });
    } catch (error) {
      onError(error);
      // Renewed or not, the lease is ours until the last expiry we wrote; give it up while that is true.
      if (heldUntil !== null && now().getTime() + renewEveryMs >= heldUntil) await lose();
      return;
    }
    if (!acquired) {
      if (heldUntil !== null) await lose();
      return;
    }
    const newlyAcquired = heldUntil === null;
    heldUntil = at.getTime() + ttlMs;
    if (newlyAcquired && !(await call(onAcquired))) {
      heldUntil = null;
      await releaseLease(db, key).catch(onError);
    }
  }

  async function loop(): Promise<void> {
    const started = performance.now();
    await attempt();
    // A slow attempt (an `onAcquired` opening a socket) shortens the wait, so renewals stay on time.
    if (!stopped) timer = setTimeout(() => (running = loop()), Math.max(0, renewEveryMs - (performance.now() - started)));
  }
  let running = loop();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      if (heldUntil === null) return;
      await lose();
      await releaseLease(db, key).catch(onError);
    },
  };
}
