/**
 * "Quem vence hoje / essa semana / esse mês" (prompts/renewal-list.md): contracts without a recorded
 * renewal ending in the period, soonest first, with plan, day ("hoje", "amanhã", "sexta-feira,
 * 27/11/2026") and monthly value, and the period's total monthly value at stake.
 */
import { formatDate, formatMoney } from '../domain/brazilian-format.ts';
import { addDays, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { say, type TemplateValues } from '../prompts/catalog.ts';
import { weekdayName } from './calendar-words.ts';

export type RenewalPeriod = 'today' | 'week' | 'month';

export interface Renewal {
  code: string;
  name: string | null;
  planName: string;
  endsOn: CalendarDate;
  monthlyValueCents: number | null;
}

export const renewalPeriodDays: Record<RenewalPeriod, number> = { today: 0, week: 7, month: 30 };

const line = (key: string, values: TemplateValues = {}) => say('renewal-list.md', key, values);

function when(endsOn: CalendarDate, asOf: CalendarDate): string {
  const days = daysBetween(asOf, endsOn);
  if (days === 0) return line('when-today');
  if (days === 1) return line('when-tomorrow');
  return line('when-date', { weekday: weekdayName(endsOn), date: formatDate(endsOn) });
}

/** The renewals of the period, soonest first (ties by code), from contracts ending in it. */
export function renewalsDue(renewals: readonly Renewal[], asOf: CalendarDate, period: RenewalPeriod): Renewal[] {
  const until = addDays(asOf, renewalPeriodDays[period]);
  return renewals
    .filter((renewal) => renewal.endsOn >= asOf && renewal.endsOn <= until)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }));
}

export function renewalListText(renewals: readonly Renewal[], asOf: CalendarDate, period: RenewalPeriod): string {
  const due = renewalsDue(renewals, asOf, period);
  const heading = { today: formatDate(asOf), until: formatDate(addDays(asOf, renewalPeriodDays[period])) };
  if (due.length === 0) return line(`none-${period}`, heading);
  const total = due.reduce((sum, renewal) => sum + (renewal.monthlyValueCents ?? 0), 0);
  const items = due.map((renewal, index) => {
    const values = { position: index + 1, name: renewal.name ?? line('unnamed'), code: renewal.code, plan: renewal.planName, when: when(renewal.endsOn, asOf) };
    return renewal.monthlyValueCents === null ? line('item-no-value', values) : line('item', { ...values, value: formatMoney(renewal.monthlyValueCents) });
  });
  return [line(`title-${period}`, { ...heading, count: due.length, total: formatMoney(total) }), ...items].join('\n');
}
