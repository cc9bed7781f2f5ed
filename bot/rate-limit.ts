/**
 * Per-sender rate limit: at most `limit` messages in any `windowMs`, by the messages' own timestamps
 * (no clock). The first message over the limit gets one polite answer; the rest are dropped quietly
 * until the window clears, so a flood neither costs work nor gets a flood back.
 */
export interface RateLimit {
  /** "ok", "warn" (first over the limit: answer once) or "drop". */
  check(sender: string, at: Date): 'ok' | 'warn' | 'drop';
}

export function slidingWindowLimit(limit = 12, windowMs = 60_000): RateLimit {
  const recent = new Map<string, { times: number[]; warned: boolean }>();
  return {
    check(sender, at) {
      const now = at.getTime();
      const entry = recent.get(sender) ?? { times: [], warned: false };
      entry.times = entry.times.filter((time) => now - time < windowMs);
      if (entry.times.length === 0) entry.warned = false;
      recent.set(sender, entry);
      if (entry.times.length < limit) {
        entry.times.push(now);
        return 'ok';
      }
      if (entry.warned) return 'drop';
      entry.warned = true;
      return 'warn';
    },
  };
}
