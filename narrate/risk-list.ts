/**
 * "Quem está em risco hoje" as the front desk reads it (prompts/risk-list.md): each client with full
 * name and code (staff only), risk and category, monthly value, the three strongest reasons, what to
 * do and the ready message; the clients already being followed up apart. Template only: the list is
 * already as short as it can be, and an LLM would have to see full names to rewrite it.
 */
import type { ClientScore } from '../analytics/score-clients.ts';
import type { Studio } from '../db/studio.ts';
import { formatDate, formatMoney } from '../domain/brazilian-format.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { say, type TemplateValues } from '../prompts/catalog.ts';
import { weekdayName } from './calendar-words.ts';
import { playbookMessage } from './playbook-message.ts';

export interface RiskListItem {
  code: string;
  name: string | null;
  risk: number;
  category: string;
  reasons: string[];
  monthlyValueCents: number | null;
  playbook: string | null;
  message: string | null;
  lastContactedOn: CalendarDate | null;
}

/** A scored client as the list shows it, with the playbook's ready message filled for them. */
export function riskListItem(score: ClientScore, studio: Studio, asOf: CalendarDate): RiskListItem {
  return {
    code: score.code,
    name: score.name,
    risk: score.risk,
    category: score.riskCategory,
    reasons: score.riskPoints.map((point) => point.reason),
    monthlyValueCents: score.monthlyValueCents,
    playbook: score.playbook,
    message: score.playbook ? playbookMessage(score.playbook, score, studio, asOf) : null,
    lastContactedOn: score.lastContactedOn,
  };
}

const reasonsShown = 3;
const line = (key: string, values: TemplateValues = {}) => say('risk-list.md', key, values);

function itemLines(item: RiskListItem, position: number): string[] {
  const values = { position, name: item.name ?? line('unnamed'), code: item.code, risk: String(item.risk), category: item.category };
  return [
    item.monthlyValueCents === null ? line('item-no-value', values) : line('item', { ...values, value: formatMoney(item.monthlyValueCents) }),
    ...(item.reasons.length ? [`   ${line('reasons', { reasons: item.reasons.slice(0, reasonsShown).join('; ') })}`] : []),
    ...(item.playbook ? [`   ${line('playbook', { playbook: say('playbooks.md', item.playbook) })}`] : []),
    ...(item.message ? [`   ${line('message', { message: item.message })}`] : []),
  ];
}

export function riskListText(asOf: CalendarDate, items: RiskListItem[], followingUp: RiskListItem[], followUpDays: number): string {
  const heading = { weekday: weekdayName(asOf), today: formatDate(asOf), count: items.length };
  const blocks = [items.length ? line('title', heading) : line('title-none', heading), ...items.map((item, index) => itemLines(item, index + 1).join('\n'))];
  if (followingUp.length) {
    const clients = followingUp.map((item) => line('following-up-client', { name: item.name ?? line('unnamed'), code: item.code, risk: String(item.risk) })).join('; ');
    blocks.push(line('following-up', { days: followUpDays, clients }));
  }
  return blocks.join('\n\n');
}
