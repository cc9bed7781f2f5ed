/**
 * What-if (issue 9) over HTTP: forward (revenue from lever changes), inverse (the cheapest levers to
 * reach a revenue goal), the scenarios asked so far, and the error of past predictions. The same
 * functions the bot calls (analytics/what-if/studio-what-if.ts); every answer is logged as a scenario.
 * Money and models are the owner's and the manager's.
 */
import { z } from 'zod';
import { evaluatedPredictions, listScenarios } from '../../analytics/queries/what-if-scenarios.ts';
import { evaluatePredictions } from '../../analytics/what-if/evaluate-predictions.ts';
import { leverIds } from '../../analytics/what-if/levers.ts';
import { forwardWhatIf, inverseWhatIf, type WhatIfOutcome } from '../../analytics/what-if/studio-what-if.ts';
import type { PulsoDb } from '../../db/database.ts';
import { ApiError } from './api-error.ts';
import { defineRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { management } from './roles.ts';
import { storedMetrics } from './snapshot-day.ts';

const leverNumbers = z.object(Object.fromEntries(leverIds.map((lever) => [lever, z.number().optional()])) as Record<(typeof leverIds)[number], z.ZodOptional<z.ZodNumber>>);
const asOf = z.iso.date().optional().describe('data de referência (AAAA-MM-DD); padrão: o último dia calculado');
const name = z.string().trim().min(1).max(120).optional().describe('um nome para guardar o cenário');

const forwardBody = z.object({
  asOf,
  name,
  changes: leverNumbers.describe('mudanças nas alavancas: renewal e upsell em pontos percentuais, ticket em centavos, newClients e packsAndDropIns por mês'),
  months: z.number().int().min(1).max(3).default(3),
});

const inverseBody = z.object({
  asOf,
  name,
  targetCents: z.number().int().positive().describe('a receita desejada, em centavos'),
  month: z.string().regex(/^\d{4}-\d{2}$/, 'um mês AAAA-MM').describe('o mês da meta (AAAA-MM), de 1 a 12 meses depois da data de referência'),
  bounds: leverNumbers.optional().describe('limites por alavanca, nas unidades de changes'),
  weights: leverNumbers.optional().describe('custo de implementação por alavanca'),
});

/** The day the model is fitted as of: the one asked for, else the last day scored. */
async function referenceDay(db: PulsoDb, studioId: number, day: string | undefined): Promise<string> {
  return day ?? (await storedMetrics(db, studioId, undefined)).metricOn;
}

function answered<Answer>(outcome: WhatIfOutcome<Answer>) {
  if (outcome.status === 'insufficient-history') throw new ApiError(422, apiText('what-if-insufficient-history', { months: outcome.minimumMonths }));
  const { scenarioId, answer, actions } = outcome;
  return { scenarioId, answer, actions };
}

export const whatIfRoutes = [
  defineRoute({
    method: 'post',
    path: '/what-if/forward',
    summary: 'route-what-if-forward',
    roles: management,
    body: forwardBody,
    async handle({ db, studio, holder, body }) {
      const day = await referenceDay(db, studio.id, body.asOf);
      return answered(await forwardWhatIf(db, studio, { asOf: day, changes: body.changes, months: body.months, staffId: holder.staffId, name: body.name ?? null }));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/what-if/inverse',
    summary: 'route-what-if-inverse',
    roles: management,
    body: inverseBody,
    async handle({ db, studio, holder, body }) {
      const day = await referenceDay(db, studio.id, body.asOf);
      // The studio's own limits and costs (settings.whatIf), which a request may override lever by lever.
      const bounds = { ...studio.settings.whatIf.bounds, ...body.bounds };
      const weights = { ...studio.settings.whatIf.costWeights, ...body.weights };
      return answered(await inverseWhatIf(db, studio, { asOf: day, targetCents: body.targetCents, month: `${body.month}-01`, bounds, weights, staffId: holder.staffId, name: body.name ?? null }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/what-if/scenarios',
    summary: 'route-what-if-scenarios',
    roles: management,
    list: {
      fileName: 'cenarios',
      rows: (answer: { scenarios: Awaited<ReturnType<typeof listScenarios>> }) =>
        answer.scenarios.map((scenario) => ({
          id: scenario.id, kind: scenario.kind, name: scenario.name ?? '', question: scenario.question ?? '', asOf: scenario.asOf,
          predictedMonth: scenario.predictedMonth ?? '', predictedRevenueCents: scenario.predictedRevenueCents ?? '', actualRevenueCents: scenario.actualRevenueCents ?? '',
        })),
    },
    async handle({ db, studio }) {
      return { scenarios: await listScenarios(db, studio.id) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/what-if/evaluations',
    summary: 'route-what-if-evaluations',
    roles: management,
    body: z.object({ asOf }),
    async handle({ db, studio, body }) {
      const day = await referenceDay(db, studio.id, body.asOf);
      const errors = await evaluatePredictions(db, studio.id, day, new Date());
      return { asOf: day, ...errors, evaluated: await evaluatedPredictions(db, studio.id) };
    },
  }),
];
