/**
 * Who wrote, as a phone in E.164: staff are recognised by phone, but WhatsApp addresses more and more
 * chats by LID ("…@lid", an id that hides the number) instead of the phone JID ("…@s.whatsapp.net").
 * A LID is turned back into the phone from the message key's alternate JID when WhatsApp sends one,
 * else from Baileys' LID mapping store, which keeps every pair it learns in the auth state
 * ('lid-mapping' keys) and so still knows it after a restart.
 */
import { isHostedLidUser, isHostedPnUser, isLidUser, isPnUser, jidDecode, type WAMessageKey } from '@whiskeysockets/baileys';
import { normalizePhone } from '../../../domain/phone.ts';

/** The part of Baileys' LIDMappingStore used here. */
export interface LidToPhone {
  /** The phone JID behind a LID ("5511987654321:0@s.whatsapp.net"), or null when not known. */
  getPNForLID(lid: string): Promise<string | null>;
}

function isPhoneJid(jid: string | null | undefined): jid is string {
  return Boolean(isPnUser(jid ?? undefined) || isHostedPnUser(jid ?? undefined));
}

/**
 * "5511987654321@s.whatsapp.net" → "+5511987654321". Numbers registered before Brazil's ninth digit
 * keep an 8-digit JID ("551187654321@…"); normalizePhone restores the 9 so staff match their phone.
 */
export function phoneFromJid(jid: string): string | null {
  const user = jidDecode(jid)?.user;
  if (!user || !/^\d{8,15}$/.test(user)) return null;
  return normalizePhone(`+${user}`) ?? `+${user}`;
}

export async function senderPhone(key: WAMessageKey, lidToPhone: LidToPhone): Promise<string | null> {
  const chat = key.remoteJid;
  if (isPhoneJid(chat)) return phoneFromJid(chat);
  if (!chat || !(isLidUser(chat) || isHostedLidUser(chat))) return null;
  const alternate = [key.remoteJidAlt, key.participantAlt].find(isPhoneJid);
  if (alternate) return phoneFromJid(alternate);
  const mapped = await lidToPhone.getPNForLID(chat);
  return mapped ? phoneFromJid(mapped) : null;
}
