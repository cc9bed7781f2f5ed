/**
 * The client card ("ficha") as the staff reads it (prompts/client-card.md): who, plan and value, health
 * with every component and why, risk with its reasons, attendance, last payment, last contact, and
 * what to do with the ready message. Lines without data are said as such, never left blank.
 */
import type { HealthComponentScore } from '../analytics/health/health.ts';
import type { ClientDetails } from '../analytics/queries/client-details.ts';
import type { ClientScore } from '../analytics/score-clients.ts';
import type { Studio } from '../db/studio.ts';
import { formatDate, formatMoney } from '../domain/brazilian-format.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { say, type TemplateValues } from '../prompts/catalog.ts';
import { playbookMessage } from './playbook-message.ts';

export interface ClientCard {
  code: string;
  name: string | null;
  status: string;
  planName: string | null;
  contractEndsOn: CalendarDate | null;
  monthlyValueCents: number | null;
  health: number | null;
  healthBand: string | null;
  healthComponents: HealthComponentScore[];
  risk: number;
  riskCategory: string;
  reasons: string[];
  /** The latest attendance report's period and counts (the report gives totals, not visit dates). */
  attendance: { periodStart: CalendarDate; periodEnd: CalendarDate; presences: number; absences: number } | null;
  lastPaymentOn: CalendarDate | null;
  lastContactedOn: CalendarDate | null;
  playbook: string | null;
  message: string | null;
}

const line = (key: string, values: TemplateValues = {}) => say('client-card.md', key, values);

/** The card of a scored client, with its plan, attendance and payment details and the playbook's ready message. */
export function clientCardOf(score: ClientScore, details: ClientDetails | undefined, studio: Pick<Studio, 'name' | 'settings'>, asOf: CalendarDate): ClientCard {
  return {
    code: score.code,
    name: score.name,
    status: score.status ?? line('status-unknown'),
    planName: details?.planName ?? null,
    contractEndsOn: details?.contractEndsOn ?? null,
    monthlyValueCents: score.monthlyValueCents,
    health: score.health,
    healthBand: score.healthBand,
    healthComponents: score.healthComponents,
    risk: score.risk,
    riskCategory: score.riskCategory,
    reasons: score.riskPoints.map((point) => point.reason),
    attendance: details?.attendance ?? null,
    lastPaymentOn: details?.lastPaymentOn ?? null,
    lastContactedOn: score.lastContactedOn,
    playbook: score.playbook,
    message: score.playbook ? playbookMessage(score.playbook, score, studio, asOf) : null,
  };
}

function componentLine(component: HealthComponentScore): string {
  const values = { component: line(`component-${component.component}`), explanation: component.explanation };
  return component.score === null ? line('health-component-none', values) : line('health-component', { ...values, score: String(component.score) });
}

export function clientCardText(card: ClientCard): string {
  const lines = [line('title', { name: card.name ?? line('unnamed'), code: card.code, status: card.status })];
  if (card.planName) lines.push(card.contractEndsOn ? line('plan-ends', { plan: card.planName, endsOn: formatDate(card.contractEndsOn) }) : line('plan', { plan: card.planName }));
  if (card.monthlyValueCents !== null) lines.push(line('value', { value: formatMoney(card.monthlyValueCents) }));
  lines.push(card.health === null ? line('health-none') : line('health', { health: String(card.health), band: card.healthBand ?? '' }));
  lines.push(...card.healthComponents.map((component) => `   ${componentLine(component)}`));
  lines.push(line('risk', { risk: String(card.risk), category: card.riskCategory }));
  if (card.reasons.length) lines.push(line('reasons', { reasons: card.reasons.join('; ') }));
  lines.push(
    card.attendance
      ? line('attendance', { ...card.attendance, from: formatDate(card.attendance.periodStart), to: formatDate(card.attendance.periodEnd) })
      : line('attendance-none'),
  );
  lines.push(card.lastPaymentOn ? line('last-payment', { date: formatDate(card.lastPaymentOn) }) : line('last-payment-none'));
  if (card.lastContactedOn) lines.push(line('last-contact', { date: formatDate(card.lastContactedOn) }));
  if (card.playbook) lines.push(line('playbook', { playbook: say('playbooks.md', card.playbook) }));
  if (card.message) lines.push(line('message', { message: card.message }));
  return lines.join('\n');
}
