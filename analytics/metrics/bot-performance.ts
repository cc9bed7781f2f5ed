/**
 * How the bot serves leads (DOMAIN.md §4), from the conversations log:
 *
 *   autonomy rate      = lead conversations never handed to a person / lead conversations
 *   hand-off rate      = 1 − autonomy rate, with the count of each reason
 *   first response     = median and 95th percentile (nearest rank) of the bot's first reply time per conversation
 *   within 5 minutes   = bot replies sent within 300 000 ms / bot replies
 *   messages to conversion = median count of the lead's messages in conversations whose lead enrolled
 *   people's first response = per staff member, over the conversations handed to them, the time from
 *                      the lead's first message at or after the hand-off to the first reply by a person:
 *                      median, 95th percentile, share within 5 minutes, and how many are unanswered
 *
 * Example: 4 conversations, 1 handed off ("asked") → autonomy 75 %, hand-offs { asked: 1 }. Ana answered
 * hand-offs in 60 000, 120 000 and 600 000 ms and left one unanswered → median 120 000 ms, P95 600 000 ms,
 * within 5 minutes 2 of 3 answered, 1 unanswered.
 */
import { median } from '../median.ts';
import { nearestRank } from '../nearest-rank.ts';
import { rate } from './rate.ts';

export interface LeadConversation {
  handoffReason: string | null;
  /** The bot's first reply time in ms, null when it never replied. */
  firstResponseMs: number | null;
  /** Every bot reply time in ms. */
  responseMs: number[];
  inboundMessages: number;
  enrolled: boolean;
  /** For a conversation handed to a person: who (the one who replied, else the one assigned) and how fast. */
  handoff: { staffId: number | null; staffName: string | null; firstResponseMs: number | null } | null;
}

/** People's first replies to handed-off leads, per staff member (null: nobody took the conversation). */
function peopleFirstResponses(conversations: readonly LeadConversation[]) {
  const byPerson = new Map<number | null, { staffName: string | null; times: number[]; unanswered: number }>();
  for (const { handoff } of conversations) {
    if (!handoff) continue;
    const person = byPerson.get(handoff.staffId) ?? { staffName: handoff.staffName, times: [], unanswered: 0 };
    if (handoff.firstResponseMs === null) person.unanswered += 1;
    else person.times.push(handoff.firstResponseMs);
    byPerson.set(handoff.staffId, person);
  }
  return [...byPerson].map(([staffId, { staffName, times, unanswered }]) => ({
    staffId,
    staffName,
    answered: times.length,
    unanswered,
    firstResponseMedianMs: median(times),
    firstResponseP95Ms: nearestRank(times, 95),
    withinFiveMinutes: rate(times.filter((ms) => ms <= fiveMinutesMs).length, times.length),
  }));
}

const fiveMinutesMs = 300_000;

export function botPerformance(conversations: readonly LeadConversation[]) {
  const handedOff = conversations.filter((conversation) => conversation.handoffReason !== null);
  const reasons: Record<string, number> = {};
  for (const conversation of handedOff) reasons[conversation.handoffReason!] = (reasons[conversation.handoffReason!] ?? 0) + 1;
  const firsts = conversations.flatMap((conversation) => (conversation.firstResponseMs === null ? [] : [conversation.firstResponseMs]));
  const replies = conversations.flatMap((conversation) => conversation.responseMs);
  return {
    conversations: conversations.length,
    autonomyRate: rate(conversations.length - handedOff.length, conversations.length),
    handoffRate: rate(handedOff.length, conversations.length),
    handoffReasons: reasons,
    firstResponseMedianMs: median(firsts),
    firstResponseP95Ms: nearestRank(firsts, 95),
    repliesWithinFiveMinutes: rate(replies.filter((ms) => ms <= fiveMinutesMs).length, replies.length),
    messagesToConversionMedian: median(conversations.filter((conversation) => conversation.enrolled).map((conversation) => conversation.inboundMessages)),
    people: peopleFirstResponses(conversations),
  };
}
