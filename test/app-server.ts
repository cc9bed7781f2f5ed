/** The real express app over a test database, listening on a free loopback port; `close` stops it. */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Database } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { createApp } from '../server/app.ts';

export interface AppServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  base: string;
  close(): Promise<void>;
}

export async function startAppServer(database: Database, studio: Studio): Promise<AppServer> {
  const server = createApp({ database, studio, appVersion: 'test', logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
