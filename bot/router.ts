/**
 * The router: one inbound message through the middleware chain (DESIGN.md, Messages). The chain logs
 * the exchange whatever happens, honours opt-outs, limits the rate per sender, stays silent in chats a
 * person has taken over, recognises the intent (rules, then the LLM for what they miss), checks the
 * role, runs the handler and splits long answers. Transports and `pulso ask` use this same router.
 */
import type { PulsoDb } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { calendarDateAt, type CalendarDate } from '../domain/calendar-date.ts';
import { hourAt } from '../domain/zoned-time.ts';
import { channelLimits } from '../narrate/checks/length-within-channel.ts';
import type { LanguageModel } from '../narrate/llm/language-model.ts';
import { say } from '../prompts/catalog.ts';
import { compose, type BotContext, type Middleware, type SenderRole, type StaffNotification } from './context.ts';
import { logExchanges, type Exchange } from './conversation-log.ts';
import { groupCalls } from './group-calls.ts';
import { dispatch } from './dispatch.ts';
import { classifyWithLlm } from './intents/classify-with-llm.ts';
import type { IntentId } from './intents/intent.ts';
import { recognize } from './intents/recognize.ts';
import { normalizeText } from './normalize.ts';
import { honourOptOut } from './opt-out.ts';
import { pendingReplies } from './pending-replies.ts';
import { mayRun } from './permissions.ts';
import { slidingWindowLimit, type RateLimit } from './rate-limit.ts';
import { receiver } from './receive.ts';
import { snapshotCache } from './snapshot-cache.ts';
import { splitMessage } from './split-message.ts';
import { recordStudioPhoneReply } from './studio-phone-reply.ts';
import { replyText, type InboundMessage, type OutboundMessage } from './transport.ts';

export interface RouterResult {
  replies: OutboundMessage[];
  notifications: StaffNotification[];
  intent: IntentId;
  /** "studio-phone": a person's reply typed on the studio's own phone, logged and never answered. */
  role: SenderRole | 'studio-phone';
  /** False when the message was a duplicate delivery and nothing was done. */
  handled: boolean;
}

export interface Router {
  handle(message: InboundMessage, options?: { asOf?: CalendarDate }): Promise<RouterResult>;
}

export interface RouterOptions {
  db: PulsoDb;
  studio: Studio;
  model: LanguageModel | null;
  rateLimit?: RateLimit;
  /** Told of a handler's failure; the sender gets an apology and the message stays logged. */
  onError?: (error: unknown) => void;
}

/**
 * Logs the exchange whatever happens, before the replies leave: `log` resolves once the inbound
 * message and its replies are committed (group commit with the exchanges of concurrent messages).
 */
function logged(onError: (error: unknown) => void, log: (exchange: Exchange) => Promise<void>): Middleware {
  return async (context, next) => {
    try {
      await next();
    } catch (error) {
      onError(error);
      context.replies = [{ kind: 'text', text: say('bot.md', 'internal-error') }];
    } finally {
      await log({
        conversationId: context.conversation.id,
        handledBy: context.conversation.handledBy,
        message: context.message,
        sender: context.sender,
        intent: context.recognition.intent,
        replies: context.replies.map(replyText),
        leadAdvance: context.leadAdvance,
        responseMs: Math.round(performance.now() - context.startedMs),
      });
    }
  };
}

function limited(rateLimit: RateLimit): Middleware {
  return async (context, next) => {
    const verdict = rateLimit.check(`${context.message.channel}:${context.message.address}`, context.message.receivedAt);
    if (verdict === 'warn') context.reply(say('bot.md', 'rate-limited'));
    if (verdict === 'ok') await next();
  };
}

/** A chat a person has taken over: the bot listens (the log) but does not answer anyone but staff. */
const silentWhenHandedOff: Middleware = async (context, next) => {
  if (context.conversation.handledBy === 'staff' && !context.sender.staff) return;
  await next();
};

const recognized: Middleware = async (context, next) => {
  const audience = context.sender.staff ? 'staff' : 'lead';
  let recognition = recognize(context.message.text, audience);
  if (recognition.intent === 'unknown' && context.model) recognition = await classifyWithLlm(context.db, context.studio.id, context.model, context.message.text, audience);
  context.recognition = recognition;
  await next();
};

/** "2" after a numbered list picks that client for the command that offered the list. */
const chosen: Middleware = async (context, next) => {
  const choice = context.pending.choice(context.conversation.id);
  const text = normalizeText(context.message.text);
  const number = /^\d{1,2}$/.test(text) ? Number(text) : null;
  if (choice && number !== null && number >= 1 && number <= choice.clients.length) {
    context.pending.setChoice(context.conversation.id, undefined);
    context.recognition = { intent: choice.purpose, confidence: 1 };
    const client = choice.clients[number - 1]!;
    context.chosenClient = { customerId: client.customerId, ...(choice.outcome ? { outcome: choice.outcome } : {}) };
  } else if (choice) context.pending.setChoice(context.conversation.id, undefined);
  await next();
};

const authorized: Middleware = async (context, next) => {
  if (mayRun(context.sender.role, context.recognition.intent)) await next();
  else context.reply(say('bot.md', 'not-allowed'));
};

/** Long answers go out in pieces that fit the channel; the rest waits for "mais". */
const paginated: Middleware = async (context, next) => {
  await next();
  const limit = channelLimits[context.channel];
  const replies: OutboundMessage[] = [];
  for (const reply of context.replies) {
    if (reply.kind !== 'text' || reply.text.length <= limit) {
      replies.push(reply);
      continue;
    }
    const [first, ...rest] = splitMessage(reply.text, limit);
    replies.push({ kind: 'text', text: first! });
    context.pending.setPages(context.conversation.id, rest);
  }
  context.replies = replies;
};

export function createRouter({ db, studio, model, rateLimit = slidingWindowLimit(), onError }: RouterOptions): Router {
  const snapshots = snapshotCache(db, studio);
  const pending = pendingReplies();
  const receive = receiver(db, studio);
  const log = groupCalls<Exchange, void>(async (exchanges) => {
    try {
      await logExchanges(db, studio, exchanges);
      return exchanges.map(() => ({ status: 'fulfilled', value: undefined }));
    } catch (error) {
      // One bad exchange must not fail the others: each alone, so only its own message sees the error.
      if (exchanges.length === 1) throw error;
      return Promise.allSettled(exchanges.map((exchange) => logExchanges(db, studio, [exchange])));
    }
  });
  const chain = compose([logged(onError ?? (() => {}), log), honourOptOut, limited(rateLimit), silentWhenHandedOff, recognized, chosen, authorized, paginated, dispatch]);
  return {
    async handle(message, options = {}) {
      if (message.fromStudioPhone) {
        const handled = await recordStudioPhoneReply(db, studio, message);
        return { replies: [], notifications: [], intent: 'unknown', role: 'studio-phone', handled };
      }
      const startedMs = performance.now();
      const asOf = options.asOf ?? calendarDateAt(message.receivedAt, studio.timeZone);
      const { conversation, sender, snapshotVersion } = await receive(message, asOf);
      if (conversation.duplicate) return { replies: [], notifications: [], intent: 'unknown', role: sender.role, handled: false };
      const context: BotContext = {
        db, studio, model, pending, message,
        // The day's snapshot version came with the sender: a question about the day needs no other read.
        snapshots: snapshotVersion === null ? snapshots : { get: (day) => snapshots.get(day, day === asOf ? snapshotVersion : undefined) },
        channel: message.channel,
        asOf,
        hour: hourAt(message.receivedAt, studio.timeZone),
        sender,
        conversation: { id: conversation.id, handledBy: conversation.handledBy, optedOut: conversation.optedOut },
        recognition: { intent: 'unknown', confidence: 0 },
        replies: [],
        notifications: [],
        leadAdvance: null,
        startedMs,
        reply(text) {
          this.replies.push({ kind: 'text', text });
        },
      };
      await chain(context);
      return { replies: context.replies, notifications: context.notifications, intent: context.recognition.intent, role: sender.role, handled: true };
    },
  };
}
