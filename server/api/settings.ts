/**
 * GET /settings and PUT /settings: the studio's settings, validated by the same schema the database
 * layer uses (db/studio-settings.ts) and saved by db/studio.ts; PUT /settings/playbooks/{name} turns
 * one playbook's automated messages on or off, as `pulso playbooks enable|disable` does.
 */
import { z } from 'zod';
import { playbookIds } from '../../analytics/playbook.ts';
import { saveStudioSettings } from '../../db/studio.ts';
import { studioSettingsSchema } from '../../db/studio-settings.ts';
import { ApiError } from './api-error.ts';
import { defineRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { management, ownerOnly } from './roles.ts';

const playbookSwitch = z.object({ enabled: z.boolean().describe('true liga as mensagens automáticas do playbook') });

export const settingsRoutes = [
  defineRoute({
    method: 'get',
    path: '/settings',
    summary: 'route-settings',
    roles: management,
    async handle({ studio }) {
      return { name: studio.name, timeZone: studio.timeZone, settings: studio.settings };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/settings',
    summary: 'route-settings-update',
    roles: ownerOnly,
    body: studioSettingsSchema,
    async handle({ db, studio, body }) {
      return { settings: await saveStudioSettings(db, studio.id, body, new Date()) };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/settings/playbooks/:name',
    summary: 'route-playbook-switch',
    roles: ownerOnly,
    body: playbookSwitch,
    async handle({ db, studio, body, params }) {
      const name = params.name!;
      if (!(playbookIds as readonly string[]).includes(name)) throw new ApiError(404, apiText('unknown-playbook', { name, ids: playbookIds.join(', ') }));
      const playbooks = { ...studio.settings.playbooks, [name]: body.enabled };
      return { settings: await saveStudioSettings(db, studio.id, { ...studio.settings, playbooks }, new Date()) };
    },
  }),
];
