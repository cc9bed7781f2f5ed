/**
 * "E se…?": a forward question (lever changes → the next three months) or a revenue goal (→ the
 * cheapest lever changes), answered from the studio's own model with intervals, each lever's part and
 * the playbooks that move it (analytics/what-if/). Only the owner and managers may ask (permissions.ts).
 */
import type { ForwardMonth, ForwardScenario } from '../../analytics/what-if/forward.ts';
import { monthsAhead, type InverseAnswer } from '../../analytics/what-if/inverse.ts';
import type { LeverActions } from '../../analytics/what-if/lever-actions.ts';
import { leverIds, leverUnit, type LeverChanges, type LeverId } from '../../analytics/what-if/levers.ts';
import type { RevenueModel } from '../../analytics/what-if/revenue-model.ts';
import { actionWindowDays, forwardWhatIf, inverseWhatIf, studioRevenueModel } from '../../analytics/what-if/studio-what-if.ts';
import { addMonths, type CalendarDate } from '../../domain/calendar-date.ts';
import { formatMoney, formatNumber, formatPercent } from '../../domain/brazilian-format.ts';
import { say, type TemplateValues } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import { parseWhatIfQuestion } from '../what-if-question.ts';

const line = (key: string, values: TemplateValues = {}) => say('what-if.md', key, values);
const leverName = (lever: LeverId) => line(`lever-${lever}`);

function monthName(month: CalendarDate): string {
  return line('month-year', { month: line(`month-${Number(month.slice(5, 7))}`), year: month.slice(0, 4) });
}

/** An amount in the lever's unit, e.g. "5 pontos", "R$ 15,00", "8 por mês". */
function amount(lever: LeverId, value: number, key: 'amount' | 'current' = 'amount'): string {
  const unit = leverUnit[lever];
  if (unit === 'cents') return line(`${key}-cents`, { money: formatMoney(Math.round(value)) });
  if (unit === 'points' && key === 'current') return line('current-points', { value: formatPercent(value / 100) });
  return line(`${key}-${unit}`, { value: formatNumber(value, 1) });
}

const signed = (value: number) => (value < 0 ? line('down') : line('up'));
const signedMoney = (cents: number) => `${signed(cents)}${formatMoney(Math.abs(cents))}`;

function changesText(changes: LeverChanges, scenario: ForwardScenario): string {
  return leverIds
    .filter((lever) => changes[lever])
    .map((lever) => {
      const state = scenario.levers.find((candidate) => candidate.lever === lever)!;
      return line('change', { lever: leverName(lever), sign: signed(state.change), amount: amount(lever, Math.abs(state.change)), current: amount(lever, state.current, 'current'), sd: amount(lever, state.sd) });
    })
    .join('; ');
}

function monthLine(month: ForwardMonth): string {
  return line('forward-month', {
    month: monthName(month.month), revenue: formatMoney(month.revenueCents), lower: formatMoney(month.lowerCents), upper: formatMoney(month.upperCents),
    baseline: formatMoney(month.baselineRevenueCents), active: month.activeClients, activeLower: month.activeLower, activeUpper: month.activeUpper,
    baselineActive: month.baselineActiveClients,
  });
}

function contributionsLine(month: ForwardMonth): string[] {
  if (month.contributions.length < 2) return [];
  const parts = month.contributions.map((part) => line('contribution', { lever: leverName(part.lever), delta: signedMoney(part.revenueCents) })).join('; ');
  return [line('contributions', { month: monthName(month.month), parts })];
}

function actionLines(actions: readonly LeverActions[]): string[] {
  return actions.flatMap(({ lever, playbooks }) => [
    line('actions-title', { lever: leverName(lever) }),
    ...(playbooks.length === 0
      ? [line('action-none')]
      : playbooks.map((action) =>
          action.saveRate === null
            ? line('action-unmeasured', { playbook: say('playbooks.md', action.playbook) })
            : line('action-measured', { playbook: say('playbooks.md', action.playbook), saved: action.saved, clients: action.clients, rate: formatPercent(action.saveRate), days: actionWindowDays }),
        )),
  ]);
}

function caveat(model: RevenueModel): string {
  const seasonality = model.seasonality ? line('seasonality-on', { months: model.seasonality.months }) : line('seasonality-off');
  return line('caveat', { months: model.historyMonths, seasonality });
}

export function forwardText(model: RevenueModel, scenario: ForwardScenario, actions: readonly LeverActions[]): string {
  const last = scenario.months[scenario.months.length - 1]!;
  return [
    line('forward-title', { changes: changesText(scenario.changes, scenario) }),
    ...scenario.months.map(monthLine),
    ...contributionsLine(last),
    ...actionLines(actions),
    caveat(model),
  ].join('\n');
}

export function inverseText(model: RevenueModel, answer: InverseAnswer, actions: readonly LeverActions[]): string {
  const month = answer.forward.months[answer.monthsAhead - 1]!;
  const money = { revenue: formatMoney(answer.revenueCents), lower: formatMoney(month.lowerCents), upper: formatMoney(month.upperCents), baseline: formatMoney(answer.baselineRevenueCents) };
  const lines = [line('inverse-title', { target: formatMoney(answer.targetCents), month: monthName(answer.month) })];
  if (answer.status === 'already-reached') lines.push(line('inverse-already', money));
  else if (answer.status === 'feasible' && Object.keys(answer.changes).length === 0) lines.push(line('inverse-no-change', money));
  else if (answer.status === 'feasible') lines.push(line('inverse-feasible', { ...money, changes: changesText(answer.changes, answer.forward) }), ...contributionsLine(month));
  else {
    lines.push(line('inverse-infeasible', { changes: changesText(answer.changes, answer.forward), revenue: money.revenue, gap: formatMoney(Math.max(0, answer.targetCents - answer.revenueCents)) }));
    lines.push(line('blocking-title'));
    for (const block of answer.blocking) {
      const values = { lever: leverName(block.lever), bound: amount(block.lever, block.bound) };
      lines.push(block.neededChange === null ? line('blocking-impossible', values) : line('blocking-needed', { ...values, needed: amount(block.lever, block.neededChange) }));
    }
  }
  lines.push(...actionLines(actions), caveat(model));
  return lines.join('\n');
}

export async function whatIf(context: BotContext): Promise<void> {
  const question = parseWhatIfQuestion(context.message.text, context.asOf);
  if (!question) {
    context.reply(line('how-to-ask'));
    return;
  }
  const asked = { asOf: context.asOf, staffId: context.sender.staff?.id ?? null, question: context.message.text };
  if (question.kind === 'forward') {
    const outcome = await forwardWhatIf(context.db, context.studio, { ...asked, changes: question.changes });
    context.reply(outcome.status === 'answered' ? forwardText(outcome.model, outcome.answer, outcome.actions) : line('insufficient-history', { months: outcome.minimumMonths }));
    return;
  }
  const model = await studioRevenueModel(context.db, context.studio, context.asOf);
  if (model && monthsAhead(model, question.month) === null) {
    context.reply(line('month-out-of-range', { first: monthName(model.firstMonth), last: monthName(addMonths(model.firstMonth, 11)) }));
    return;
  }
  const { bounds, costWeights } = context.studio.settings.whatIf;
  const outcome = await inverseWhatIf(context.db, context.studio, { ...asked, targetCents: question.targetCents, month: question.month, bounds, weights: costWeights });
  context.reply(outcome.status === 'answered' ? inverseText(outcome.model, outcome.answer, outcome.actions) : line('insufficient-history', { months: outcome.minimumMonths }));
}
