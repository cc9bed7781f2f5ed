/**
 * What every step of the router sees for one inbound message, and how steps compose: like grammY, a
 * step is `(context, next) => …`, does its part, and calls `next()` to let the rest run (or does not,
 * to stop there: a duplicate, an opted-out number, a silenced chat).
 */
import type { PulsoDb } from '../db/database.ts';
import type { StaffRole } from '../db/schema/staff.ts';
import type { StaffMember } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { Channel } from '../narrate/checks/length-within-channel.ts';
import type { LanguageModel } from '../narrate/llm/language-model.ts';
import type { Outcome, Recognition } from './intents/intent.ts';
import type { LeadAdvance } from './lead/lead-stage.ts';
import type { PendingReplies } from './pending-replies.ts';
import type { SnapshotCache } from './snapshot-cache.ts';
import type { InboundMessage, OutboundMessage } from './transport.ts';

export type SenderRole = StaffRole | 'client' | 'lead';

export interface Sender {
  role: SenderRole;
  staff: StaffMember | null;
  customerId: number | null;
  leadId: number | null;
}

/** A message for someone other than the sender (the front desk told of a hand-off or a booking). */
export interface StaffNotification {
  staffId: number;
  text: string;
}

export interface BotContext {
  db: PulsoDb;
  studio: Studio;
  model: LanguageModel | null;
  snapshots: SnapshotCache;
  /** What this conversation may ask for next: more pages, or a numbered choice. */
  pending: PendingReplies;
  message: InboundMessage;
  channel: Channel;
  /** The studio's date when the message arrived (or the --as-of of `pulso ask`). */
  asOf: CalendarDate;
  /** The hour on the studio's clock when it arrived, for greetings. */
  hour: number;
  sender: Sender;
  conversation: { id: number; handledBy: 'bot' | 'staff'; optedOut: boolean };
  recognition: Recognition;
  /** The client picked from a numbered list ("2"), for the command that offered it. */
  chosenClient?: { customerId: number; outcome?: Outcome };
  replies: OutboundMessage[];
  notifications: StaffNotification[];
  /** The lead's move in the funnel, written with the exchange's log (one statement, before the reply leaves). */
  leadAdvance: LeadAdvance | null;
  /** performance.now() when the router took the message, for response times. */
  startedMs: number;
  reply(text: string): void;
}

export type Next = () => Promise<void>;
export type Middleware = (context: BotContext, next: Next) => Promise<void>;

/** One middleware out of many, run in order; a step that does not call next() ends the chain. */
export function compose(steps: readonly Middleware[]): (context: BotContext) => Promise<void> {
  return async (context) => {
    const run = async (index: number): Promise<void> => {
      const step = steps[index];
      if (step) await step(context, () => run(index + 1));
    };
    await run(0);
  };
}
