/**
 * A stand-in, on 127.0.0.1, for the chat networks' servers (WhatsApp's and Telegram's are outside this
 * machine, so they are the one thing the scale-out tests may fake). It watches what the issue promises:
 * - a WhatsApp session is a long-lived connection (POST /session/open, kept open until POST
 *   /session/close or until the connection drops, as a socket does when its process dies); two open at
 *   once for one number is an overlap, and a WhatsApp send from a worker without the open session is
 *   refused (409) and recorded;
 * - POST /send delivers one message. WhatsApp keeps one copy per message id and drops a resend
 *   (`duplicatesDropped`); Telegram has no such id, so a resend reaches the person again
 *   (`duplicatesDelivered`);
 * - a seeded fraction of sends fails with 503, decided by a hash of the message id and its attempt
 *   number, so the same run fails the same sends whatever the order the workers send in;
 * - it can keep a message and never answer, leaving its sender where a crash hurts most: the network
 *   has the message, the outbox does not know.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Channel } from '../db/schema/index.ts';

export interface NetworkMessage {
  worker: string;
  channel: Channel;
  address: string;
  messageId: string;
  text: string;
  at: number;
}

export interface SessionSpan {
  worker: string;
  channel: Channel;
  openedAt: number;
  closedAt: number | null;
}

export interface SessionOverlap {
  channel: Channel;
  /** The worker whose session was open, and the one that opened a second. */
  workers: [string, string];
  at: number;
}

export interface InjectedFailures {
  /** The share of sends answered with 503, in [0, 1]. */
  fraction: number;
  seed: number;
  /** A message fails at most this many times, so a run with enough attempts delivers everything. */
  atMostPerMessage: number;
}

export interface FakeNetworkOptions {
  failures?: InjectedFailures;
  /** Keeps the nth distinct message delivered but never answers its send. */
  withholdReplyToDelivery?: number;
}

export interface FakeNetwork {
  url: string;
  /** The first copy of every message that got through, by message id. */
  delivered: Map<string, NetworkMessage>;
  /** Resends of a delivered WhatsApp message, dropped by the network. */
  duplicatesDropped: number;
  /** Resends of a delivered Telegram message, which the person receives again. */
  duplicatesDelivered: number;
  failuresInjected: number;
  /** Every session ever opened, in order, with when it closed. */
  sessions: SessionSpan[];
  overlaps: SessionOverlap[];
  /** WhatsApp sends refused because their worker had no open session. */
  sendsWithoutSession: NetworkMessage[];
  /** The message whose send was never answered, once it came. */
  withheld: NetworkMessage | null;
  openSession(channel: Channel): SessionSpan | null;
  close(): Promise<void>;
}

/** Channels whose network keeps one copy per message id, and whose sends need the sender's open session. */
const sessionChannels: readonly Channel[] = ['whatsapp'];

async function jsonBody(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
}

/** A number in [0, 1) fixed by the seed, the message id and which attempt this is. */
function draw(seed: number, messageId: string, attempt: number): number {
  return createHash('sha256').update(`${seed}:${messageId}:${attempt}`).digest().readUInt32BE(0) / 2 ** 32;
}

export async function startFakeNetwork({ failures = { fraction: 0, seed: 0, atMostPerMessage: 0 }, withholdReplyToDelivery }: FakeNetworkOptions = {}): Promise<FakeNetwork> {
  const attemptsSeen = new Map<string, number>();
  const failuresSeen = new Map<string, number>();
  const sessionStreams = new Map<SessionSpan, ServerResponse>();

  const closeSession = (span: SessionSpan) => {
    if (span.closedAt === null) span.closedAt = Date.now();
    sessionStreams.get(span)?.end();
    sessionStreams.delete(span);
  };

  const openSessionFor = (response: ServerResponse, worker: string, channel: Channel) => {
    const current = network.openSession(channel);
    const span: SessionSpan = { worker, channel, openedAt: Date.now(), closedAt: null };
    if (current) network.overlaps.push({ channel, workers: [current.worker, worker], at: span.openedAt });
    network.sessions.push(span);
    sessionStreams.set(span, response);
    response.on('close', () => closeSession(span));
    response.writeHead(200, { 'content-type': 'text/plain' }).write('sessão aberta\n');
  };

  const send = (response: ServerResponse, message: NetworkMessage) => {
    const answer = (status: number, body: object) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const needsSession = sessionChannels.includes(message.channel);
    const holdsSession = network.sessions.some((span) => span.worker === message.worker && span.channel === message.channel && span.closedAt === null);
    if (needsSession && !holdsSession) {
      network.sendsWithoutSession.push(message);
      return answer(409, { error: 'sessão não aberta por este remetente' });
    }
    const attempt = (attemptsSeen.get(message.messageId) ?? 0) + 1;
    attemptsSeen.set(message.messageId, attempt);
    const failedBefore = failuresSeen.get(message.messageId) ?? 0;
    if (failedBefore < failures.atMostPerMessage && draw(failures.seed, message.messageId, attempt) < failures.fraction) {
      failuresSeen.set(message.messageId, failedBefore + 1);
      network.failuresInjected += 1;
      return answer(503, { error: 'serviço indisponível' });
    }
    if (network.delivered.has(message.messageId)) {
      if (needsSession) network.duplicatesDropped += 1;
      else network.duplicatesDelivered += 1;
    } else {
      network.delivered.set(message.messageId, message);
      if (network.delivered.size === withholdReplyToDelivery) {
        network.withheld = message;
        return;
      }
    }
    return answer(200, { id: `rede-${message.messageId}` });
  };

  const server = createServer(async (request, response) => {
    const body = await jsonBody(request);
    const worker = String(body.worker);
    const channel = body.channel as Channel;
    if (request.method === 'POST' && request.url === '/session/open') return openSessionFor(response, worker, channel);
    if (request.method === 'POST' && request.url === '/session/close') {
      for (const span of network.sessions) if (span.worker === worker && span.channel === channel && span.closedAt === null) closeSession(span);
      return response.writeHead(204).end();
    }
    if (request.method === 'POST' && request.url === '/send') {
      return send(response, { worker, channel, address: String(body.address), messageId: String(body.messageId), text: String(body.text), at: Date.now() });
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const network: FakeNetwork = {
    url: `http://127.0.0.1:${port}`,
    delivered: new Map(),
    duplicatesDropped: 0,
    duplicatesDelivered: 0,
    failuresInjected: 0,
    sessions: [],
    overlaps: [],
    sendsWithoutSession: [],
    withheld: null,
    openSession: (channel) => network.sessions.find((span) => span.channel === channel && span.closedAt === null) ?? null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return network;
}
