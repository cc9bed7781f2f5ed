/**
 * One API route as data: method, path, the roles that may call it, the zod schemas of its query and
 * body, and its handler. The same definition registers the express handler and writes the OpenAPI
 * document (openapi-document.ts), so the documentation cannot drift from what the route validates.
 * A route whose answer is a list says how to find its rows, and then also answers ?format=csv|xlsx.
 */
import type { Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import type { PulsoDb } from '../../db/database.ts';
import type { StaffRole } from '../../db/schema/index.ts';
import type { TokenHolder } from '../../db/staff-tokens.ts';
import { loadStudio, type Studio } from '../../db/studio.ts';
import { ApiError } from './api-error.ts';
import { apiText } from './api-text.ts';
import { sendList, type ListRow } from './list-export.ts';

export interface ApiContext<Query, Body> {
  db: PulsoDb;
  /** Read again for every request: settings change under a running process. */
  studio: Studio;
  holder: TokenHolder;
  query: Query;
  body: Body;
  params: Record<string, string>;
  request: Request;
}

export const exportFormats = ['json', 'csv', 'xlsx'] as const;
const formatSchema = z.object({ format: z.enum(exportFormats).default('json') });

export interface ApiRoute<Query extends z.ZodObject, Body extends z.ZodType> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express path under /api/v1, e.g. /customers/:code. */
  path: string;
  /** Key of its description in prompts/api.md. */
  summary: string;
  roles: readonly StaffRole[];
  query?: Query;
  body?: Body;
  /** Multipart upload: documented as such, parsed by `before`. */
  multipart?: boolean;
  before?: RequestHandler[];
  /** For list answers: the file name of exports and where the rows are in the answer. */
  list?: { fileName: string; rows: (answer: never) => ListRow[] };
  handle: (context: ApiContext<z.output<Query>, z.output<Body>>) => Promise<unknown>;
}

/** A route with its types erased, as routers collect them. */
export type AnyApiRoute = ApiRoute<z.ZodObject, z.ZodType>;

export function defineRoute<Query extends z.ZodObject = z.ZodObject<Record<string, never>>, Body extends z.ZodType = z.ZodUndefined>(
  route: ApiRoute<Query, Body>,
): AnyApiRoute {
  return route as unknown as AnyApiRoute;
}

/** The query schema a route validates with, `format` included for lists. */
export function querySchema(route: AnyApiRoute): z.ZodObject {
  const base = route.query ?? z.object({});
  return route.list ? base.extend(formatSchema.shape) : base;
}

const ptBR = z.locales.ptBR();

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => apiText('issue', { path: issue.path.join('.') || '·', message: issue.message })).join('; ');
}

export function validated<T extends z.ZodType>(schema: T, value: unknown, key: 'invalid-query' | 'invalid-body'): z.output<T> {
  const result = schema.safeParse(value, { error: ptBR.localeError });
  if (!result.success) throw new ApiError(400, apiText(key, { issues: issuesText(result.error) }));
  return result.data;
}

/** 403 unless the token's holder has one of the roles. */
function allowRoles(roles: readonly StaffRole[]): RequestHandler {
  return (_request, response, next) => {
    const holder = response.locals.holder as TokenHolder;
    if (!roles.includes(holder.role)) throw new ApiError(403, apiText('forbidden', { role: holder.role }));
    next();
  };
}

export function mountRoutes(router: Router, routes: readonly AnyApiRoute[], db: PulsoDb, studioId: number): void {
  for (const route of routes) {
    const schema = querySchema(route);
    router[route.method](route.path, allowRoles(route.roles), ...(route.before ?? []), async (request: Request, response: Response) => {
      const query = validated(schema, request.query, 'invalid-query');
      const body = route.body ? validated(route.body, request.body, 'invalid-body') : undefined;
      const studio = await loadStudio(db, studioId);
      const holder = response.locals.holder as TokenHolder;
      const answer = await route.handle({ db, studio, holder, query, body, params: request.params as Record<string, string>, request });
      const format = (query as { format?: (typeof exportFormats)[number] }).format ?? 'json';
      if (route.list && format !== 'json') sendList(response, format, route.list.fileName, route.list.rows(answer as never));
      else response.json(answer);
    });
  }
}
