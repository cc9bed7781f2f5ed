/**
 * GET /me: who holds the token and with which role, so the dashboard shows only the views the role may
 * open, and the playbooks' pt-BR names (prompts/playbooks.md) the lists show instead of their ids.
 */
import { catalog } from '../../prompts/catalog.ts';
import { defineRoute } from './api-route.ts';
import { everyone } from './roles.ts';

export const meRoutes = [
  defineRoute({
    method: 'get',
    path: '/me',
    summary: 'route-me',
    roles: everyone,
    async handle({ studio, holder }) {
      return { name: holder.name, role: holder.role, studio: studio.name, playbookNames: catalog('playbooks.md') };
    },
  }),
];
