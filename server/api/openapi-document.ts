/**
 * The OpenAPI 3.1 document of /api/v1, written from the route definitions themselves: each query and
 * body schema is the zod schema the route validates with, turned into JSON Schema by `z.toJSONSchema`.
 */
import { z } from 'zod';
import { querySchema, type AnyApiRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { codeRequest, signInPaths, verifyRequest } from './sign-in.ts';

const errorSchema = { type: 'object', properties: { error: { type: 'string', description: 'mensagem em português' } }, required: ['error'] };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function operation(route: AnyApiRoute) {
  const query = z.toJSONSchema(querySchema(route), { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] };
  const pathParameters = [...route.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  const queryParameters = Object.entries(query.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', required: query.required?.includes(name) ?? false, schema }));
  const requestBody = route.multipart
    ? { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { arquivos: { type: 'array', items: { type: 'string', format: 'binary' } } } } } } }
    : route.body
      ? { required: true, content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } } }
      : undefined;
  const listContent = route.list ? { 'text/csv': {}, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } : {};
  return {
    summary: apiText(route.summary),
    'x-roles': route.roles,
    parameters: [...pathParameters, ...queryParameters],
    ...(requestBody ? { requestBody } : {}),
    responses: {
      200: { description: 'ok', content: { 'application/json': {}, ...listContent } },
      400: errorResponse('parâmetro inválido'),
      401: errorResponse('sem token válido'),
      403: errorResponse('papel sem acesso'),
      404: errorResponse('não encontrado'),
      429: errorResponse('limite de requisições'),
    },
  };
}

/** The two public sign-in routes (sign-in.ts), documented without the token they hand out. */
function signInOperation(summary: string, body: z.ZodType, answer: { status: number; description: string }) {
  return {
    summary: apiText(summary),
    security: [],
    requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(body, { io: 'input' }) } } },
    responses: { [answer.status]: { description: answer.description }, 400: errorResponse('conteúdo inválido'), 401: errorResponse('código errado, vencido ou esgotado'), 429: errorResponse('limite de pedidos') },
  };
}

export function openApiDocument(routes: readonly AnyApiRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {
    [signInPaths.code]: { post: signInOperation('route-sign-in-code', codeRequest, { status: 202, description: 'a mesma resposta para qualquer telefone' }) },
    [signInPaths.verify]: { post: signInOperation('route-sign-in-verify', verifyRequest, { status: 200, description: 'um token novo da API: { token }' }) },
  };
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: { title: 'Pulso API', version, description: apiText('reference-intro') },
    servers: [{ url: '/api/v1' }],
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }],
    paths,
  };
}
