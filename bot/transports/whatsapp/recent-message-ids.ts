/**
 * WhatsApp may deliver the same message twice (a retry after a reconnect, a resent notification). This
 * remembers the last ids seen so a repeat is dropped before it reaches the router; it is bounded and
 * in memory, so it is only the first line: the router also ignores a message whose transportMessageId
 * is already stored for the conversation, which holds across restarts.
 */
export class RecentMessageIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** Records `id`; false when it was already among the recent ones. */
  remember(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
