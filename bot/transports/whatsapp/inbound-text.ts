/**
 * Which WhatsApp messages are conversations with the studio, and their text: a person writing to this
 * number in a one-to-one chat. Groups, broadcast lists, status updates, channels (newsletters), our own
 * messages and media without a caption are not, and never reach the router.
 */
import {
  isHostedLidUser,
  isHostedPnUser,
  isLidUser,
  isPnUser,
  normalizeMessageContent,
  type WAMessage,
} from '@whiskeysockets/baileys';

/** A person's chat, addressed by phone or by LID; everything else (…@g.us, …@broadcast, …@newsletter, bots) is not. */
export function isPersonalChat(jid: string | null | undefined): jid is string {
  if (!jid) return false;
  return Boolean(isPnUser(jid) || isLidUser(jid) || isHostedPnUser(jid) || isHostedLidUser(jid));
}

/** The text a person typed: a plain or extended text, or the caption of a photo or video. */
export function messageText(message: WAMessage['message']): string | null {
  // Unwraps disappearing, view-once and similar envelopes around the actual content.
  const content = normalizeMessageContent(message);
  const text =
    content?.conversation ||
    content?.extendedTextMessage?.text ||
    content?.imageMessage?.caption ||
    content?.videoMessage?.caption ||
    '';
  return text.trim() === '' ? null : text;
}

/**
 * The chat and text of a message the router should see, or null for one it should not. A message of
 * ours (`fromMe`) was typed on the studio's phone: Pulso's own sends are dropped by id before this.
 */
export function incomingText(message: WAMessage): { chat: string; text: string; fromStudioPhone: boolean } | null {
  const chat = message.key.remoteJid;
  if (!isPersonalChat(chat)) return null;
  const text = messageText(message.message);
  return text === null ? null : { chat, text, fromStudioPhone: message.key.fromMe === true };
}
