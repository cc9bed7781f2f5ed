/**
 * What the person running Pulso reads while linking the studio's WhatsApp number (the QR drawn in the
 * terminal, or a pairing code) or after WhatsApp unlinked it. Texts in prompts/whatsapp.md.
 */
import QRCode from 'qrcode';
import { say } from '../../../prompts/catalog.ts';

export async function qrNotice(qr: string): Promise<string> {
  return `${say('whatsapp.md', 'qr')}\n${await QRCode.toString(qr, { type: 'terminal', small: true })}\n`;
}

/** "ABCD1234" is shown as "ABCD-1234", as WhatsApp shows it on the phone. */
export function pairingCodeNotice(code: string): string {
  return `${say('whatsapp.md', 'pairing-code', { code: code.match(/.{1,4}/g)?.join('-') ?? code })}\n`;
}

export const loggedOutNotice = `${say('whatsapp.md', 'logged-out')}\n`;
