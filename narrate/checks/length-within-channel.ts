/**
 * A text must fit its channel in one message: Telegram refuses more than 4096 characters, and a
 * WhatsApp message longer than that is a wall nobody reads on a phone.
 */
import type { Check } from './check.ts';

type Outcome = Omit<Check, 'of'>;

export type Channel = 'console' | 'telegram' | 'whatsapp';

export const channelLimits: Record<Channel, number> = { console: 8000, telegram: 4096, whatsapp: 4096 };

export function checkLength(text: string, channel: Channel): Outcome {
  const limit = channelLimits[channel];
  if (text.trim().length === 0) return { name: 'length', passed: false, detail: 'texto vazio' };
  if (text.length <= limit) return { name: 'length', passed: true };
  return { name: 'length', passed: false, detail: `${text.length} caracteres, acima do limite de ${limit} do canal ${channel}` };
}
