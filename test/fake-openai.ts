/**
 * A stand-in for OpenAI's servers on 127.0.0.1: answers POST /v1/chat/completions the way the real API
 * does, with whatever the test decides (a text, a delay, a 429, a 500), and keeps every request so the
 * test can see what the model was shown. The real openai client talks to it unchanged.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
}

export interface FakeAnswer {
  content?: string;
  status?: number;
  delayMs?: number;
}

export interface FakeOpenAi {
  baseUrl: string;
  requests: ChatRequest[];
  answer: (request: ChatRequest) => FakeAnswer;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const fake: Omit<FakeOpenAi, 'baseUrl' | 'close'> = { requests: [], answer: () => ({ content: '' }) };
  const server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const chat = JSON.parse(await body(request)) as ChatRequest;
    fake.requests.push(chat);
    const answer = fake.answer(chat);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (response.destroyed) return;
    if (answer.status && answer.status !== 200) {
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `status ${answer.status}`, type: 'server_error' } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${fake.requests.length}`,
        object: 'chat.completion',
        created: 1_764_000_000,
        model: chat.model,
        choices: [{ index: 0, message: { role: 'assistant', content: answer.content ?? '' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 321, completion_tokens: 123, total_tokens: 444 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
