/**
 * How long a failed send waits before the next attempt: exponential backoff, 30 s × 2^(attempt − 1),
 * capped at one hour, so a network outage of minutes costs a few attempts and a long one does not
 * hammer the network. retryDelayMs(1) = 30 000; retryDelayMs(4) = 240 000; retryDelayMs(10) = 3 600 000.
 */
export function retryDelayMs(attempt: number, baseMs = 30_000, capMs = 3_600_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** After this many failed attempts a message is dead: kept, shown to the owner, never retried alone. */
export const maximumAttempts = 6;
