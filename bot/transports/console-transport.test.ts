import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../transport.ts';
import { consoleTransport } from './console-transport.ts';

describe('consoleTransport', () => {
  it('turns typed lines into messages from the chosen sender and prints replies', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const printed: string[] = [];
    output.on('data', (chunk: Buffer) => printed.push(chunk.toString()));
    const transport = consoleTransport({ input, output, requireTerminal: false, now: () => new Date('2026-11-24T13:00:00Z') });
    const received: InboundMessage[] = [];
    await transport.start(async (message) => {
      received.push(message);
      await transport.send(message.address, { kind: 'text', text: `eco: ${message.text}` });
    });
    input.write('oi\n/como (11) 98765-4321\nquem esta em risco hj\n\n/como 123\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await transport.stop();
    expect(received.map((message) => [message.address, message.phone, message.text])).toEqual([
      ['console:desconhecido', null, 'oi'],
      ['console:+5511987654321', '+5511987654321', 'quem esta em risco hj'],
    ]);
    expect(printed.join('')).toContain('eco: quem esta em risco hj\n');
    expect(printed.join('')).toContain('Agora você escreve como +5511987654321.');
    expect(printed.join('')).toContain('Telefone inválido: "123"');
  });

  it('falls silent when standard input is not a terminal', async () => {
    const input = new PassThrough();
    const transport = consoleTransport({ input, output: new PassThrough() });
    let called = false;
    await transport.start(async () => {
      called = true;
    });
    input.write('oi\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toBe(false);
  });
});
