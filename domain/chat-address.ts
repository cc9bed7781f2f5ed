/**
 * Where a message goes on each network: a staff member on the Telegram chat linked to them, else on
 * WhatsApp; a client or lead on WhatsApp, by phone. One place, so the outbox, the bot's notifications,
 * the sign-in codes and the opt-out check agree on the address.
 */

/** WhatsApp's address for a phone in E.164: whatsappAddress("+5511987654321") = "5511987654321@s.whatsapp.net". */
export function whatsappAddress(e164: string): string {
  return `${e164.replace(/^\+/, '')}@s.whatsapp.net`;
}

export function staffAddress(member: { phone: string; telegramChatId: string | null; whatsappJid: string | null }): { channel: 'telegram' | 'whatsapp'; address: string } {
  if (member.telegramChatId) return { channel: 'telegram', address: member.telegramChatId };
  return { channel: 'whatsapp', address: member.whatsappJid ?? whatsappAddress(member.phone) };
}
