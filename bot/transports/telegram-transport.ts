/**
 * Telegram through telegraf: long polling (no public address needed), text messages in, text, photos
 * and documents out. The chat id is the address; staff are recognised by the chat id linked to their
 * record (bot/telegram-link.ts). `apiRoot` points telegraf at another Bot API server (tests use a
 * local fake one).
 */
import { Telegraf } from 'telegraf';
import type { InboundMessage, OutboundMessage, Transport } from '../transport.ts';

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  /** Told of a message that could not be handled; polling goes on. */
  onError?: (error: unknown) => void;
}

export function telegramTransport({ token, apiRoot, onError }: TelegramOptions): Transport {
  const bot = new Telegraf(token, apiRoot ? { telegram: { apiRoot } } : {});
  let running = false;
  return {
    channel: 'telegram',
    async start(onMessage) {
      bot.on('text', async (context) => {
        const message: InboundMessage = {
          channel: 'telegram',
          address: String(context.chat.id),
          phone: null,
          text: context.message.text,
          transportMessageId: `${context.chat.id}:${context.message.message_id}`,
          receivedAt: new Date(context.message.date * 1000),
        };
        await onMessage(message);
      });
      bot.catch((error) => onError?.(error));
      await new Promise<void>((resolve, reject) => {
        bot.launch({ dropPendingUpdates: false }, () => resolve()).catch(reject);
      });
      running = true;
    },
    async send(address, message: OutboundMessage) {
      const sent =
        message.kind === 'text'
          ? await bot.telegram.sendMessage(address, message.text)
          : message.kind === 'image'
            ? await bot.telegram.sendPhoto(address, { source: message.png }, { caption: message.caption })
            : await bot.telegram.sendDocument(address, { source: message.bytes, filename: message.fileName }, message.caption ? { caption: message.caption } : {});
      return { transportMessageId: `${address}:${sent.message_id}` };
    },
    async stop() {
      if (running) bot.stop('pulso');
      running = false;
    },
  };
}
