/** GET /api/v1/reference: a plain pt-BR page listing every route, its roles and parameters, from the OpenAPI document. */
import type { openApiDocument } from './openapi-document.ts';
import { apiText } from './api-text.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function referencePage(document: ReturnType<typeof openApiDocument>): string {
  const sections = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, value]) => {
      const operation = value as { summary: string; 'x-roles'?: readonly string[]; parameters?: { name: string; in: string; required: boolean }[] };
      const parameters = (operation.parameters ?? []).map((parameter) => `<code>${escapeHtml(parameter.name)}</code>${parameter.required ? '' : '?'}`).join(', ');
      return `<section><h2><code>${method.toUpperCase()} /api/v1${escapeHtml(path)}</code></h2><p>${escapeHtml(operation.summary)}</p>` +
        `<p>${operation['x-roles'] ? `Papéis: ${operation['x-roles'].map(escapeHtml).join(', ')}` : escapeHtml(apiText('reference-public'))}${parameters ? ` · Parâmetros: ${parameters}` : ''}</p></section>`;
    }),
  );
  const title = escapeHtml(apiText('reference-title'));
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h2{font-size:1rem;margin-bottom:.2rem}section{border-top:1px solid #ddd;padding:.5rem 0}</style></head>` +
    `<body><h1>${title}</h1><p>${escapeHtml(apiText('reference-intro'))}</p><p><a href="/api/v1/openapi.json">openapi.json</a></p>${sections.join('')}</body></html>`;
}
