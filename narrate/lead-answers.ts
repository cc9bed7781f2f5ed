/**
 * The bot's answers to leads (prompts/lead-answers.md), built only from what the studio registered in
 * its settings: plans and prices, opening hours, address, the trial class. Whatever is missing becomes
 * a hand-off to the team, never an invented value. Nothing about any client is used.
 */
import type { StudioSettings } from '../db/studio-settings.ts';
import { formatMoney } from '../domain/brazilian-format.ts';
import { addDays } from '../domain/calendar-date.ts';
import { say, type TemplateValues } from '../prompts/catalog.ts';
import { weekdayName } from './calendar-words.ts';
import { greeting } from './greeting.ts';

export interface LeadFacingStudio {
  name: string;
  facts: StudioSettings['facts'];
}

const line = (key: string, values: TemplateValues = {}) => say('lead-answers.md', key, values);

/** The name of weekday 0 (domingo) to 6 (sábado): 2026-11-22 was a Sunday. */
const nameOfWeekday = (weekday: number) => weekdayName(addDays('2026-11-22', weekday));

export function leadGreeting(studio: LeadFacingStudio, hour: number): string {
  return line('greeting', { greeting: greeting(hour), studio: studio.name });
}

export function leadPrices(studio: LeadFacingStudio): string {
  const plans = studio.facts.plans;
  if (plans.length === 0) return line('prices-unknown');
  const items = plans.map((plan) =>
    plan.sessionsPerWeek
      ? line('price-item-sessions', { plan: plan.name, sessions: plan.sessionsPerWeek, price: formatMoney(plan.priceCents) })
      : line('price-item', { plan: plan.name, price: formatMoney(plan.priceCents) }),
  );
  return [line('prices-title', { studio: studio.name }), ...items, line('prices-closing')].join('\n');
}

/** Monday first, as Brazilians list a week; consecutive weekdays with the same hours are one line: "segunda-feira a sexta-feira: 06:00 às 21:00". */
export function leadSchedule(studio: LeadFacingStudio): string {
  const hours = [...studio.facts.openingHours].sort((a, b) => ((a.weekday + 6) % 7) - ((b.weekday + 6) % 7) || a.opens.localeCompare(b.opens));
  if (hours.length === 0) return line('schedule-unknown');
  const groups: { first: number; last: number; opens: string; closes: string }[] = [];
  for (const entry of hours) {
    const previous = groups.at(-1);
    if (previous && previous.opens === entry.opens && previous.closes === entry.closes && (previous.last + 1) % 7 === entry.weekday) previous.last = entry.weekday;
    else groups.push({ first: entry.weekday, last: entry.weekday, opens: entry.opens, closes: entry.closes });
  }
  const items = groups.map((group) => {
    const days = group.first === group.last ? nameOfWeekday(group.first) : line('schedule-range', { first: nameOfWeekday(group.first), last: nameOfWeekday(group.last) });
    return line('schedule-item', { days, opens: group.opens, closes: group.closes });
  });
  return [line('schedule-title'), ...items].join('\n');
}

export function leadAddress(studio: LeadFacingStudio): string {
  const { address, instagram } = studio.facts;
  if (!address) return line('address-unknown');
  return instagram ? line('address-instagram', { address, instagram }) : line('address', { address });
}

export function leadTrial(studio: LeadFacingStudio): string {
  const trial = studio.facts.trialClass;
  if (!trial) return line('trial-unknown');
  const description = trial.description ? ` ${trial.description}` : '';
  return trial.priceCents === 0 ? line('trial-free', { description }) : line('trial-paid', { price: formatMoney(trial.priceCents), description });
}

export const leadHandoff = () => line('handoff');
export const leadNotUnderstood = () => line('not-understood');
export const leadOptOut = () => line('opt-out');
export const leadThanks = () => line('thanks');
