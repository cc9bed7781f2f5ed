/**
 * The what-if for one studio, as the bot and the API call it: read the studio's history as of a date,
 * fit the model, answer a forward or an inverse question with the playbooks that move the levers
 * involved, and log the prediction (what_if_scenarios) so that its error is measured once its month has
 * passed (evaluate-predictions.ts). A studio with too little history gets `insufficient-history`.
 */
import type { PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { addDays } from '../../domain/calendar-date.ts';
import { gympassWindowDays, trialWindowDays } from '../daily-snapshot.ts';
import { playbookOutcomes } from '../metrics/playbook-outcomes.ts';
import { playbookActions } from '../queries/playbook-actions.ts';
import { monthlyRevenue } from '../queries/studio-aggregates.ts';
import { activeRecurringClients, whatIfHistory } from '../queries/what-if-history.ts';
import { logScenario } from '../queries/what-if-scenarios.ts';
import { lostAfterDays } from '../studio-day-metrics.ts';
import { fitRevenueModel, minimumHistoryMonths } from './fit-revenue-model.ts';
import { forwardScenario, type ForwardScenario } from './forward.ts';
import { inverseScenario, type InverseAnswer, type InverseRequest } from './inverse.ts';
import { leverActions, type LeverActions } from './lever-actions.ts';
import { leverIds, type LeverChanges, type LeverId } from './levers.ts';
import type { RevenueModel } from './revenue-model.ts';

/** The model is fitted on this many complete months before the month of asOf. */
export const historyMonths = 12;
/** Playbook save rates are measured over the actions of this many days. */
export const actionWindowDays = 90;

export interface StudioRef {
  id: number;
  timeZone: string;
}

export interface WhoAsked {
  staffId?: number | null;
  question?: string | null;
  /** A name the owner gave the scenario to keep it. */
  name?: string | null;
}

export type WhatIfOutcome<Answer> =
  | { status: 'insufficient-history'; minimumMonths: number }
  | { status: 'answered'; scenarioId: number; model: RevenueModel; answer: Answer; actions: LeverActions[] };

export async function studioRevenueModel(db: PulsoDb, studio: StudioRef, asOf: CalendarDate): Promise<RevenueModel | null> {
  const [months, activeClients, revenue] = await Promise.all([
    whatIfHistory(db, studio.id, asOf, { months: historyMonths, graceDays: lostAfterDays, trialWindowDays, gympassWindowDays }),
    activeRecurringClients(db, studio.id, asOf),
    monthlyRevenue(db, { studioId: studio.id, asOf }),
  ]);
  return fitRevenueModel({ asOf, months, activeClients, monthlyRevenue: revenue, windows: { graceDays: lostAfterDays, trialWindowDays, gympassWindowDays } });
}

async function actionsFor(db: PulsoDb, studio: StudioRef, asOf: CalendarDate, levers: readonly LeverId[]): Promise<LeverActions[]> {
  const actions = await playbookActions(db, studio, { from: addDays(asOf, 1 - actionWindowDays), to: asOf, outcomesUpTo: asOf });
  return leverActions(levers, playbookOutcomes(actions));
}

const changedLevers = (changes: LeverChanges) => leverIds.filter((lever) => changes[lever]);

export async function forwardWhatIf(
  db: PulsoDb, studio: StudioRef, request: { asOf: CalendarDate; changes: LeverChanges; months?: number } & WhoAsked,
): Promise<WhatIfOutcome<ForwardScenario>> {
  const model = await studioRevenueModel(db, studio, request.asOf);
  if (!model) return { status: 'insufficient-history', minimumMonths: minimumHistoryMonths };
  const answer = forwardScenario(model, request.changes, request.months ?? 3);
  const actions = await actionsFor(db, studio, request.asOf, changedLevers(request.changes));
  const first = answer.months[0]!;
  const scenarioId = await logScenario(db, {
    studioId: studio.id, staffId: request.staffId ?? null, kind: 'forward', name: request.name, question: request.question ?? null, asOf: request.asOf,
    input: { changes: request.changes, months: answer.months.length },
    result: { ...answer, lastMonthRevenueCents: model.lastMonthRevenueCents, actions },
    predictedMonth: first.month, predictedRevenueCents: first.revenueCents,
  });
  return { status: 'answered', scenarioId, model, answer, actions };
}

export async function inverseWhatIf(
  db: PulsoDb, studio: StudioRef, request: { asOf: CalendarDate } & InverseRequest & WhoAsked,
): Promise<WhatIfOutcome<InverseAnswer>> {
  const model = await studioRevenueModel(db, studio, request.asOf);
  if (!model) return { status: 'insufficient-history', minimumMonths: minimumHistoryMonths };
  const answer = inverseScenario(model, request);
  const levers = answer.status === 'infeasible' ? answer.blocking.map((block) => block.lever) : changedLevers(answer.changes);
  const actions = await actionsFor(db, studio, request.asOf, levers);
  const scenarioId = await logScenario(db, {
    studioId: studio.id, staffId: request.staffId ?? null, kind: 'inverse', name: request.name, question: request.question ?? null, asOf: request.asOf,
    input: { targetCents: request.targetCents, month: request.month, bounds: answer.bounds, weights: answer.weights },
    result: { ...answer, lastMonthRevenueCents: model.lastMonthRevenueCents, actions },
    predictedMonth: answer.month, predictedRevenueCents: answer.revenueCents,
  });
  return { status: 'answered', scenarioId, model, answer, actions };
}
