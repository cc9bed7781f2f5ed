/** Who claims an outbox row or holds a lease: host, process and a random part, unique among live workers. */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export function workerIdentity(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
