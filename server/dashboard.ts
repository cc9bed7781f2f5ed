/**
 * The dashboard: static pt-BR pages and small ES modules from server/dashboard/, no build step. The
 * pages hold no data: their scripts read /api/v1 with the token kept in the browser's sessionStorage
 * (/entrar takes it from the link's fragment, which never reaches the server). The same security
 * headers as the API (helmet), with a policy that runs only this origin's scripts.
 */
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';

const file = (name: string) => fileURLToPath(new URL(`./dashboard/${name}`, import.meta.url));

/** Registers the pages on the app itself: /api/v1's router stays the only router, which its tests walk. */
export function mountDashboard(app: Express): void {
  const security = helmet({
    contentSecurityPolicy: { directives: { 'connect-src': ["'self'"], 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': null } },
  });
  app.get('/entrar', security, (_request, response) => response.sendFile(file('entrar.html')));
  app.get('/painel', security, (_request, response) => response.sendFile(file('painel.html')));
  app.use('/painel/assets', security, express.static(file('assets'), { index: false }));
}
