/**
 * How the bot serves leads (DOMAIN.md §4), from the conversations log:
 *
 *   autonomy rate      = lead conversations never handed to a person / lead conversations
 *   hand-off rate      = 1 − autonomy rate, with the count of each reason
 *   first response     = median and 95th percentile (nearest rank) of the bot's first reply time per conversation
 *   within 5 minutes   = bot replies sent within 300 000 ms / bot replies
 *   messages to conversion = median count of the lead's messages in conversations whose lead enrolled
 *
 * Example: 4 conversations, 1 handed off ("asked") → autonomy 75 %, hand-offs { asked: 1 }.
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
  };
}
