/**
 * /api/v1: security headers (helmet), CORS closed unless origins are configured, the two public
 * documentation routes, then a bearer token for everything else, a rate limit per token, the
 * resource routes, and errors as JSON with a pt-BR message. Signing in by a short code (sign-in.ts) is
 * public too, necessarily: it is how a token is obtained.
 */
import cors from 'cors';
import express, { type ErrorRequestHandler, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { PulsoDb } from '../../db/database.ts';
import type { TokenHolder } from '../../db/staff-tokens.ts';
import { ApiError } from './api-error.ts';
import { mountRoutes, type AnyApiRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { authenticate } from './authenticate.ts';
import { blockedRoutes } from './blocked.ts';
import { botPerformanceRoutes } from './bot-performance.ts';
import { briefingRoutes } from './briefing.ts';
import { consultantRoutes } from './consultants.ts';
import { customerOutcomeRoutes } from './customer-outcomes.ts';
import { customerRoutes } from './customers.ts';
import { dataQualityRoutes } from './data-quality.ts';
import { funnelRoutes } from './funnel.ts';
import { importRoutes } from './imports.ts';
import { meRoutes } from './me.ts';
import { openApiDocument } from './openapi-document.ts';
import { outreachRoutes } from './outreach.ts';
import { referencePage } from './reference-page.ts';
import { renewalRoutes } from './renewals.ts';
import { revenueRoutes } from './revenue.ts';
import { riskRoutes } from './risk.ts';
import { settingsRoutes } from './settings.ts';
import { mountSignIn, signInPaths } from './sign-in.ts';
import { studioModelRoutes } from './studio-models.ts';
import { summaryRoutes } from './summary.ts';
import { trendsRoutes } from './trends.ts';
import { whatIfRoutes } from './what-if.ts';

export const apiRoutes: readonly AnyApiRoute[] = [
  ...meRoutes, ...summaryRoutes, ...briefingRoutes, ...trendsRoutes, ...riskRoutes, ...customerRoutes, ...customerOutcomeRoutes, ...renewalRoutes, ...blockedRoutes, ...revenueRoutes,
  ...studioModelRoutes, ...consultantRoutes, ...funnelRoutes, ...botPerformanceRoutes, ...dataQualityRoutes, ...importRoutes,
  ...outreachRoutes, ...settingsRoutes, ...whatIfRoutes,
];

/**
 * The routes reachable without a token: the documentation (it describes the API and holds no data)
 * and the two steps of signing in by a short code.
 */
export const publicApiPaths = ['/openapi.json', '/reference', signInPaths.code, signInPaths.verify] as const;

export interface ApiOptions {
  db: PulsoDb;
  studioId: number;
  appVersion: string;
  logger: Logger;
  /** Origins allowed to call the API from a browser; empty: none. */
  corsOrigins: readonly string[];
  /** Requests per token per minute. */
  requestsPerMinute?: number;
}

export function apiRouter({ db, studioId, appVersion, logger, corsOrigins, requestsPerMinute = 600 }: ApiOptions): Router {
  const router = express.Router();
  router.use(helmet());
  router.use(cors({ origin: corsOrigins.length ? [...corsOrigins] : false }));
  const document = openApiDocument(apiRoutes, appVersion);
  const page = referencePage(document);
  router.get(publicApiPaths[0], (_request, response) => void response.json(document));
  router.get(publicApiPaths[1], (_request, response) => void response.type('html').send(page));
  mountSignIn(router, db, studioId);
  router.use(authenticate(db, studioId));
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: requestsPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: (_request, response) => `token:${(response.locals.holder as TokenHolder).tokenId}`,
      handler: (_request, response) => void response.status(429).json({ error: apiText('rate-limited') }),
    }),
  );
  router.use(express.json({ limit: '1mb' }));
  mountRoutes(router, apiRoutes, db, studioId);
  router.use((_request, response) => void response.status(404).json({ error: apiText('not-found') }));
  const onError: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
    if (error instanceof ApiError) return void response.status(error.status).json({ error: error.message, ...error.detail });
    const status = (error as { status?: number; type?: string }).status;
    if (status === 400 || status === 413) return void response.status(status).json({ error: apiText('invalid-body', { issues: (error as Error).message }) });
    logger.error({ err: error }, 'api request failed');
    response.status(500).json({ error: apiText('internal-error') });
  };
  router.use(onError);
  return router;
}
