/**
 * GET /briefing: what the owner's morning briefing shows besides its text, for the dashboard: the
 * insights ranked as the briefing ranks them (narrate/briefing/briefing-insights.ts), each with its
 * pt-BR sentence, and the revenue chart's data (90 days, 7-day average, the month's forecast band)
 * from the same function that draws the briefing's PNG. No LLM: the sentences are the templates'.
 */
import { briefingInputs } from '../../narrate/briefing/briefing-inputs.ts';
import { briefingInsights } from '../../narrate/briefing/briefing-insights.ts';
import { revenueChartData } from '../../narrate/charts/revenue-chart.ts';
import { templateValues } from '../../narrate/fact.ts';
import { say } from '../../prompts/catalog.ts';
import { defineRoute } from './api-route.ts';
import { management } from './roles.ts';
import { dayQuery, storedMetrics } from './snapshot-day.ts';

export const briefingRoutes = [
  defineRoute({
    method: 'get',
    path: '/briefing',
    summary: 'route-briefing',
    roles: management,
    query: dayQuery,
    async handle({ db, studio, query }) {
      const asOf = (await storedMetrics(db, studio.id, query.asOf)).metricOn;
      const inputs = await briefingInputs(db, studio, asOf);
      const insights = briefingInsights(inputs).map(({ kind, subject, sentiment, textKey, facts }) => ({
        kind, subject, sentiment, text: say('insights.md', textKey, templateValues(facts)),
      }));
      return { asOf, insights, revenueChart: revenueChartData(inputs) };
    },
  }),
];
