/**
 * What planning decided for one message: queued (a row in the outbox, new or already there) or
 * skipped before queueing, with the reason, so `pulso outreach` can say why each did or did not go.
 */
import type { OutboxAudience } from '../../db/schema/index.ts';
import type { QueuedMessage } from '../../db/outbox-queue.ts';

export type SkipReason = 'playbook-disabled' | 'no-phone' | 'no-recipient';

export type PlannedMessage =
  | { kind: 'queue'; message: QueuedMessage; text: string }
  | { kind: 'skip'; purpose: string; audience: OutboxAudience; to: string | null; reason: SkipReason; text: string };
