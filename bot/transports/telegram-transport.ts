/**
 * Telegram through telegraf: long polling by default (no public address needed), or a webhook on
 * Pulso's HTTP server when a public URL is configured; text messages in, text, photos and documents
 * out. The chat id is the address; staff are recognised by the chat id linked to their record
 * (db/telegram-link-codes.ts). `apiRoot` points telegraf at another Bot API server (tests use a local
 * fake one).
 */
import { createHash } from 'node:crypto';
import { Telegraf } from 'telegraf';
import type { InboundMessage, OutboundMessage, Transport, TransportWebhook } from '../transport.ts';

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  /** With https://…, Telegram delivers updates to `${publicUrl}${webhook.path}` instead of being polled. */
  publicUrl?: string;
  /** Told of a message that could not be handled; polling goes on. */
  onError?: (error: unknown) => void;
}


const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export function telegramTransport({ token, apiRoot, publicUrl, onError }: TelegramOptions): Transport {
  const bot = new Telegraf(token, apiRoot ? { telegram: { apiRoot } } : {});
  // The path is unguessable, derived from the token; Telegram also sends the secret header, which is checked.
  const path = `/telegram/${digest(`path:${token}`).slice(0, 32)}`;
  const secretToken = digest(`secret:${token}`).slice(0, 48);
  const webhook: TransportWebhook | null = publicUrl ? { path, handler: bot.webhookCallback(path, { secretToken }) } : null;
  let running = false;
  return {
    channel: 'telegram',
    webhook,
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
      if (publicUrl) {
        bot.botInfo ??= await bot.telegram.getMe();
        await bot.telegram.setWebhook(`${publicUrl.replace(/\/$/, '')}${path}`, { secret_token: secretToken });
        return;
      }
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
