/** GET /health: is the process up and can it reach its database? For load balancers and Docker. */
import type { Request, Response } from 'express';
import { serverVersion, type Database } from '../db/database.ts';

export function healthHandler(database: Database, appVersion: string) {
  return async (_request: Request, response: Response) => {
    try {
      const version = await serverVersion(database.db);
      response.json({ status: 'ok', version: appVersion, database: { driver: database.driver, version } });
    } catch {
      response.status(503).json({ status: 'error', version: appVersion, database: { driver: database.driver, version: null } });
    }
  };
}
