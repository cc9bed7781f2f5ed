/**
 * The terminal where `pulso start` runs as a chat: each line typed is a message, replies are printed.
 * "/como +55 11 98765-4321" chooses who is writing (a staff member's phone, or any number to play a
 * lead). When standard input is not a terminal, or closes, the console falls silent and the rest of
 * Pulso keeps running.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { normalizePhone } from '../../domain/phone.ts';
import { say } from '../../prompts/catalog.ts';
import type { InboundMessage, Transport } from '../transport.ts';

export interface ConsoleOptions {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  /** Tests read from a stream that is not a terminal. */
  requireTerminal?: boolean;
  now?: () => Date;
}

const switchSender = /^\/como\s+(.+)$/i;

export function consoleTransport({ input, output, requireTerminal = true, now = () => new Date() }: ConsoleOptions): Transport {
  let lines: ReturnType<typeof createInterface> | null = null;
  let phone: string | null = null;
  const write = (text: string) => output.write(`${text}\n`);
  return {
    channel: 'console',
    async start(onMessage) {
      if (requireTerminal && !input.isTTY) return;
      lines = createInterface({ input, terminal: false });
      write(say('console.md', 'welcome'));
      let queue = Promise.resolve();
      lines.on('line', (line) => {
        const text = line.trim();
        if (!text) return;
        queue = queue.then(async () => {
          const chosen = switchSender.exec(text);
          if (chosen) {
            phone = normalizePhone(chosen[1]!);
            write(phone ? say('console.md', 'sender', { phone }) : say('console.md', 'bad-phone', { input: chosen[1]! }));
            return;
          }
          const message: InboundMessage = { channel: 'console', address: `console:${phone ?? 'desconhecido'}`, phone, text, transportMessageId: null, receivedAt: now() };
          await onMessage(message);
        });
      });
    },
    async send(_address, message) {
      write(message.kind === 'text' ? message.text : say('console.md', message.kind === 'image' ? 'image' : 'document', { caption: message.caption ?? '' }));
      return { transportMessageId: null };
    },
    async stop() {
      lines?.close();
      lines = null;
    },
  };
}
