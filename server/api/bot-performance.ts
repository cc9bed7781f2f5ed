/** GET /bot-performance: how the bot serves leads (analytics/metrics/bot-performance.ts), from the conversations log. */
import { botPerformance } from '../../analytics/metrics/bot-performance.ts';
import { leadConversations } from '../../analytics/queries/bot-conversations.ts';
import { defineRoute } from './api-route.ts';
import { everyone } from './roles.ts';

export const botPerformanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/bot-performance',
    summary: 'route-bot-performance',
    roles: everyone,
    async handle({ db, studio }) {
      return botPerformance(await leadConversations(db, studio.id));
    },
  }),
];
