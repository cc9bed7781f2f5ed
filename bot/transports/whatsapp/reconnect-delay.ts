/**
 * How long to wait before reconnecting after the connection to WhatsApp dropped: doubling from 1 s up
 * to 60 s, so a brief network blip is repaired at once and a long outage is not hammered.
 */
const firstDelayMs = 1_000;
const longestDelayMs = 60_000;

/** `attempt` counts reconnections since the connection was last open, from 0. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(firstDelayMs * 2 ** attempt, longestDelayMs);
}
