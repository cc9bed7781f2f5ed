/**
 * The owner's briefing as facts and as the template's text (prompts/briefing.md, prompts/insights.md).
 * Both are built together so that every value the text shows is a fact the LLM's version is checked
 * against.
 */
import { lostAfterDays } from '../../analytics/studio-day-metrics.ts';
import { firstName } from '../../domain/person-name.ts';
import { say, type TemplateValues } from '../../prompts/catalog.ts';
import { monthName, weekdayName } from '../calendar-words.ts';
import { count, date, measure, money, name, percent, templateValues, text, type Fact } from '../fact.ts';
import { greeting } from '../greeting.ts';
import type { Insight } from '../insights/insight.ts';
import { relativeChange } from '../insights/change.ts';
import type { BriefingInputs } from './briefing-inputs.ts';

const expiringWindowDays = 7;

export interface BriefingText {
  facts: Fact[];
  text: string;
}

export interface BriefingOccasion {
  /** The hour on the studio's clock when it is sent, for the greeting. */
  hour: number;
  /** When the front desk's alert goes out, "08:00". */
  frontDeskAlert: string;
}

const line = (key: string, values: TemplateValues) => say('briefing.md', key, values);
const listFormat = new Intl.ListFormat('pt-BR', { type: 'conjunction' });

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('pt-BR') + text.slice(1);

/** "2 clientes novos" or "nenhum cliente novo": a person does not write "0 clientes". */
const counted = (key: string, values: TemplateValues) => line(values[key] === 0 ? `${key}-none` : key, values);

function revenueLines(inputs: BriefingInputs, facts: Fact[]): string[] {
  const yesterdayCents = inputs.dailyRevenue.at(-1)?.revenueCents ?? 0;
  const month = inputs.monthToDate.totalCents;
  const before = inputs.previousMonthSameDays.totalCents;
  const change = relativeChange(month, before);
  facts.push(
    money('revenueYesterday', yesterdayCents),
    money('revenueMonthToDate', month),
    money('revenuePreviousMonth', before),
    text('previousMonth', monthName(inputs.previousMonthSameDays.from)),
    money('activeMrr', inputs.metrics.activeMrrCents),
  );
  if (change !== null) facts.push(percent('revenueChange', Math.abs(change)));
  const values = templateValues(facts);
  const monthKey = change === null ? 'revenue-month-no-base' : change > 0 ? 'revenue-month-up' : change < 0 ? 'revenue-month-down' : 'revenue-month-flat';
  return [
    line('revenue-title', values),
    line(yesterdayCents > 0 ? 'revenue-yesterday' : 'revenue-yesterday-none', values),
    line(monthKey, values),
    line('mrr', values),
  ];
}

function clientLines(inputs: BriefingInputs, facts: Fact[]): string[] {
  const { metrics } = inputs;
  facts.push(
    count('active', metrics.activeCustomers),
    count('blocked', metrics.blockedCustomers),
    count('expiring', metrics.expiringIn7Days),
    count('expiringWindowDays', expiringWindowDays),
    count('newCustomers', inputs.newCustomers),
    count('newLeads', inputs.newLeads),
    count('conversions', inputs.conversions),
    count('lost', metrics.lostCustomers),
    count('lostAfterDays', lostAfterDays),
  );
  const values = templateValues(facts);
  return [
    line('clients-title', values),
    line('clients-base', { list: capitalised(listFormat.format(['active', 'blocked', 'expiring'].map((key) => counted(key, values)))) }),
    line('clients-yesterday', { list: listFormat.format(['newCustomers', 'newLeads', 'conversions'].map((key) => counted(key, values))) }),
    ...(metrics.lostCustomers > 0 ? [line('clients-lost', values)] : []),
  ];
}

function riskLines(inputs: BriefingInputs, facts: Fact[]): string[] {
  const atRisk = Number(inputs.metrics.details.atRiskCustomers ?? 0);
  facts.push(count('atRisk', atRisk), money('revenueAtRisk', inputs.metrics.revenueAtRiskCents));
  if (atRisk === 0) return [line('risk-title', {}), line('risk-none', {})];
  const lines = [line('risk-title', {}), line(inputs.topAtRisk.length ? 'risk-summary' : 'risk-summary-unnamed', templateValues(facts))];
  inputs.topAtRisk.forEach((client, index) => {
    const own = [
      name(`atRisk${index + 1}Name`, firstName(client.name)),
      measure(`atRisk${index + 1}Risk`, client.risk, 0),
      text(`atRisk${index + 1}Reason`, client.reasons[0] ?? ''),
      ...(client.monthlyValueCents === null ? [] : [money(`atRisk${index + 1}Value`, client.monthlyValueCents)]),
    ];
    facts.push(...own);
    const [clientName, risk, reason, value] = own;
    lines.push(line(value ? 'risk-item' : 'risk-item-no-value', { position: index + 1, name: clientName!.shown, risk: risk!.shown, reason: reason!.shown, ...(value ? { value: value.shown } : {}) }));
  });
  return lines;
}

/**
 * Mondays: what each playbook that acted last week saved, "2 de 3 salvos, R$ 580,00 mantidos". A week
 * without actions says nothing rather than "0 de 0".
 */
function playbookLines(inputs: BriefingInputs, facts: Fact[]): string[] {
  const week = inputs.playbookWeek;
  if (!week || week.outcomes.total.clients === 0) return [];
  const { total, byPlaybook } = week.outcomes;
  facts.push(
    date('playbooksFrom', week.from),
    date('playbooksTo', week.to),
    count('playbooksClients', total.clients),
    count('playbooksSaved', total.saved),
    ...(total.revenueKeptCents > 0 ? [money('playbooksRevenueKept', total.revenueKeptCents)] : []),
  );
  const summaryKey = total.saved === 0 ? 'playbooks-summary-none' : total.revenueKeptCents > 0 ? 'playbooks-summary' : 'playbooks-summary-no-revenue';
  const lines = [line('playbooks-title', {}), line(summaryKey, templateValues(facts))];
  byPlaybook.forEach((playbook, index) => {
    const label = text(`playbook${index + 1}Name`, capitalised(say('playbooks.md', playbook.playbook)));
    const revenueKept = playbook.revenueKeptCents > 0 ? money(`playbook${index + 1}RevenueKept`, playbook.revenueKeptCents) : null;
    facts.push(label, count(`playbook${index + 1}Clients`, playbook.clients), count(`playbook${index + 1}Saved`, playbook.saved), ...(revenueKept ? [revenueKept] : []));
    const itemKey = playbook.saved === 0 ? 'playbook-item-none' : revenueKept ? 'playbook-item' : 'playbook-item-no-revenue';
    lines.push(line(itemKey, { name: label.shown, clients: playbook.clients, saved: playbook.saved, ...(revenueKept ? { revenueKept: revenueKept.shown } : {}) }));
  });
  return lines;
}

/** Messages that failed every attempt yesterday, said only when there were some. */
function deliveryLines(inputs: BriefingInputs, facts: Fact[]): string[] {
  if (inputs.undeliveredYesterday === 0) return [];
  const undelivered = count('undelivered', inputs.undeliveredYesterday);
  facts.push(undelivered);
  return [line('undelivered', { undelivered: inputs.undeliveredYesterday })];
}

/** An insight's sentence, and its facts under the insight's own prefix. */
function insightLines(insights: Insight[], facts: Fact[]): string[] {
  if (insights.length === 0) return [];
  const lines = [line('insights-title', {})];
  insights.forEach((insight, index) => {
    facts.push(...insight.facts.map((fact) => ({ ...fact, key: `insight${index + 1}.${fact.key}` })));
    lines.push(line('insight-item', { text: say('insights.md', insight.textKey, templateValues(insight.facts)) }));
  });
  return lines;
}

export function briefingText(inputs: BriefingInputs, insights: Insight[], occasion: BriefingOccasion): BriefingText {
  const facts: Fact[] = [
    text('studio', inputs.studioName),
    date('today', inputs.asOf),
    text('weekday', weekdayName(inputs.asOf)),
    date('yesterday', inputs.yesterday),
    text('yesterdayWeekday', weekdayName(inputs.yesterday)),
    text('frontDeskAlert', occasion.frontDeskAlert),
  ];
  const opening = line('opening', { greeting: greeting(occasion.hour), ...templateValues(facts) });
  const sections = [revenueLines(inputs, facts), clientLines(inputs, facts), riskLines(inputs, facts), playbookLines(inputs, facts), insightLines(insights, facts), deliveryLines(inputs, facts)].filter(
    (lines) => lines.length,
  );
  const closing = line('closing', templateValues(facts));
  return { facts, text: [opening, ...sections.map((lines) => lines.join('\n')), closing].join('\n\n') };
}
