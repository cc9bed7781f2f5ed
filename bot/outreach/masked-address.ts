/** A recipient as reports and logs may show it: WhatsApp numbers masked (DOMAIN.md §5), chat ids cut short. */
import type { Channel } from '../../db/schema/index.ts';
import { maskPhone } from '../../domain/phone.ts';

export function maskedAddress(channel: Channel, address: string): string {
  if (channel === 'whatsapp') {
    const digits = /^(\d+)(?::\d+)?@s\.whatsapp\.net$/.exec(address)?.[1];
    return digits ? maskPhone(`+${digits}`) : 'whatsapp';
  }
  if (channel === 'telegram') return `telegram …${address.slice(-3)}`;
  return channel;
}
