/**
 * The HTTP application: express 5, one router per concern. Built from its dependencies (no globals),
 * so tests run it against any database.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { Studio } from '../db/studio.ts';
import { apiRouter } from './api/api-router.ts';
import { mountDashboard } from './dashboard.ts';
import { healthHandler } from './health.ts';
import { homePageHandler } from './home-page.ts';

/** An endpoint a chat network delivers to (Telegram's webhook); it checks its own secret and answers 403 itself. */
export interface IncomingWebhook {
  path: string;
  handler: (request: IncomingMessage, response: ServerResponse, next?: () => void) => Promise<void>;
}

export interface AppDependencies {
  database: Database;
  studio: Studio;
  appVersion: string;
  logger: Logger;
  webhooks?: IncomingWebhook[];
  /** Browser origins allowed to call /api/v1 (PULSO_CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Requests per API token per minute. */
  apiRequestsPerMinute?: number;
}

export function createApp({ database, studio, appVersion, logger, webhooks = [], corsOrigins = [], apiRequestsPerMinute }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      logger.debug({ method: request.method, path: request.path, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'http');
    });
    next();
  });
  app.get('/health', healthHandler(database, appVersion));
  app.get('/', homePageHandler(database, studio));
  mountDashboard(app);
  app.use('/api/v1', apiRouter({ db: database.db, studioId: studio.id, appVersion, logger, corsOrigins, requestsPerMinute: apiRequestsPerMinute }));
  for (const webhook of webhooks) app.post(webhook.path, express.json({ limit: '1mb' }), (request, response, next) => void webhook.handler(request, response).catch(next));
  app.use((_request, response) => {
    response.status(404).json({ error: 'não encontrado' });
  });
  return app;
}
