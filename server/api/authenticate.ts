/**
 * `Authorization: Bearer <token>`: the token's holder (db/staff-tokens.ts) goes to
 * `response.locals.holder`; without a valid token of this studio, 401.
 */
import type { RequestHandler } from 'express';
import type { PulsoDb } from '../../db/database.ts';
import { findTokenHolder } from '../../db/staff-tokens.ts';
import { ApiError } from './api-error.ts';
import { apiText } from './api-text.ts';

export function authenticate(db: PulsoDb, studioId: number): RequestHandler {
  return async (request, response, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '');
    const holder = match ? await findTokenHolder(db, match[1]!, new Date()) : null;
    if (!holder || holder.studioId !== studioId) throw new ApiError(401, apiText('unauthorized'));
    response.locals.holder = holder;
    next();
  };
}
