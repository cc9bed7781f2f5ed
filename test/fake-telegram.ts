/**
 * A stand-in for Telegram's Bot API on 127.0.0.1: getMe, setWebhook, deleteWebhook, getUpdates (serving the
 * updates a test queues, then an empty list after a short wait, as long polling does) and
 * sendMessage, sendPhoto and sendDocument (recorded). Real telegraf talks to it through `apiRoot`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  method: string;
  chatId: string;
  text?: string;
}

export interface FakeTelegram {
  apiRoot: string;
  sent: SentMessage[];
  /** The webhook Pulso registered, with the secret Telegram would send back in its header. */
  webhook: { url: string; secretToken: string } | null;
  /** An update as Telegram would POST it to a webhook. */
  update(chatId: number, text: string, date: Date): unknown;
  /** Queues a text message from a chat, as Telegram would deliver it. */
  receive(chatId: number, text: string, date?: Date): void;
  /** Resolves once `count` messages have been sent in all. */
  waitForSent(count: number, timeoutMs?: number): Promise<SentMessage[]>;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fields(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  if (contentType?.includes('multipart/form-data')) {
    const parsed: Record<string, unknown> = {};
    for (const match of raw.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/g)) parsed[match[1]!] = match[2];
    return parsed;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startFakeTelegram(token: string): Promise<FakeTelegram> {
  let updateId = 0;
  let messageId = 0;
  const queue: unknown[] = [];
  const sent: SentMessage[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer(async (request, response) => {
    const method = request.url?.split('/').at(-1) ?? '';
    if (!request.url?.startsWith(`/bot${token}/`)) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
      return;
    }
    const parameters = fields(await body(request), request.headers['content-type']);
    const answer = (result: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    if (method === 'getMe') return answer({ id: 42, is_bot: true, first_name: 'Pulso', username: 'pulso_teste_bot' });
    if (method === 'deleteWebhook' || method === 'setMyCommands') return answer(true);
    if (method === 'setWebhook') {
      fake.webhook = { url: String(parameters.url), secretToken: String(parameters.secret_token) };
      return answer(true);
    }
    if (method === 'getUpdates') {
      const offset = Number(parameters.offset ?? 0);
      const pending = () => queue.filter((update) => (update as { update_id: number }).update_id >= offset);
      if (pending().length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return answer(pending());
    }
    if (method === 'sendMessage' || method === 'sendPhoto' || method === 'sendDocument') {
      messageId += 1;
      const chatId = String(parameters.chat_id);
      sent.push({ method, chatId, ...(typeof parameters.text === 'string' ? { text: parameters.text } : {}) });
      for (const wake of waiters.splice(0)) wake();
      return answer({ message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: 'private' }, text: parameters.text });
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: `Not Found: ${method}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const update = (chatId: number, text: string, date: Date) => {
    updateId += 1;
    messageId += 1;
    return {
      update_id: updateId,
      message: { message_id: messageId, date: Math.floor(date.getTime() / 1000), chat: { id: chatId, type: 'private', first_name: 'Júlia' }, from: { id: chatId, is_bot: false, first_name: 'Júlia' }, text },
    };
  };
  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    sent,
    webhook: null,
    update,
    receive(chatId, text, date = new Date()) {
      queue.push(update(chatId, text, date));
    },
    async waitForSent(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} sent messages, got ${sent.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return sent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
