/**
 * One ordinary client's life at the studio, from the first contact to as-of: a lead who never came,
 * a trial class that did or did not become a plan, drop-ins, 10-class packs, GYMPASS/TOTALPASS members
 * (some of whom switch to a direct plan), physiotherapy patients, and members who sign up directly.
 */
import { addDays, type CalendarDate } from '../domain/calendar-date.ts';
import { attendFreely, attendWeeklyPlan, presences, randomShowUp, trainingDays } from './class-attendance.ts';
import { paymentMethodFor, sellContract, studioTime, type Journey, type JourneyContext } from './contract-sale.ts';
import { chooseCalisteniaPlan, runMemberships } from './memberships.ts';
import { plan, type PlanId } from './plans.ts';
import type { Random } from './random.ts';
import { isStudioOpen } from './seasonality.ts';
import type { Consultant } from './staff.ts';
import type { Lead } from './studio-records.ts';

export type Entry = 'lead' | 'trial' | 'direct' | 'aggregator' | 'drop-in' | 'pack' | 'physio';

export const entryWeights: readonly (readonly [Entry, number])[] = [
  ['lead', 9], ['trial', 34], ['direct', 28], ['aggregator', 14], ['drop-in', 4], ['pack', 4], ['physio', 6],
];

export const classGroups = ['CALISTENIA INICIANTE 07H', 'CALISTENIA 12H', 'CALISTENIA 18H', 'CALISTENIA 19H30', 'CALISTENIA AVANÇADO 20H', 'CALISTENIA SÁBADO 09H'];

const leadOrigins = [['Instagram', 30], ['Indicação', 22], ['Google', 14], ['WhatsApp', 12], ['Passante', 8], ['Facebook', 4], ['Site', 2]] as const;

export interface JourneyStart {
  entry: Entry;
  registeredOn: CalendarDate;
  consultant: Consultant;
  /** Share of booked classes the client attends, before drift. */
  engagement: number;
}

function nextOpenDay(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isStudioOpen(day)) day = addDays(day, 1);
  return day;
}

function member(context: JourneyContext, journey: Journey, start: JourneyStart, from: CalendarDate, planId?: PlanId): void {
  if (from > context.asOf) return;
  const { random } = context;
  const chosen = planId ?? (random.chance(0.05) ? 'cal-10x' : chooseCalisteniaPlan(random, from));
  runMemberships(context, journey, { planId: chosen, start: from, engagement: start.engagement, consultant: start.consultant });
}

function trial(context: JourneyContext, journey: Journey, start: JourneyStart): void {
  const { random, asOf } = context;
  const day = nextOpenDay(addDays(start.registeredOn, random.int(0, 5)));
  if (day > asOf) return;
  const index = sellContract(context, journey, { planId: 'experimental', start: day, consultant: start.consultant, method: paymentMethodFor(random, plan('experimental')) });
  const came = random.chance(0.88);
  journey.visits.push({ date: day, kind: 'prospect', outcome: came ? 'presenca' : 'falta', contract: index });
  const conversion = came ? 0.42 * start.consultant.conversionSkill * (0.6 + 0.5 * start.engagement) : 0.08;
  if (random.chance(conversion)) member(context, journey, start, addDays(day, Math.min(10, random.geometric(0.35))));
}

function aggregator(context: JourneyContext, journey: Journey, start: JourneyStart): void {
  const { random, asOf } = context;
  const planId: PlanId = random.chance(0.7) ? 'gympass' : 'totalpass';
  let from = start.registeredOn;
  let perWeek = (0.6 + random.float() * 2.6) * (0.5 + start.engagement / 2);
  while (from <= asOf) {
    const index = sellContract(context, journey, { planId, start: from, consultant: start.consultant, method: 'Pix', paidOn: null });
    const contract = journey.contracts[index];
    if (!contract) return;
    const to = contract.end < asOf ? contract.end : asOf;
    const visits = attendFreely(random, { contract: index, kind: 'gympass', from, to, perWeek, limit: null, noShowChance: 0.08 });
    journey.visits.push(...visits);
    if (contract.end >= asOf) return;
    const monthPresences = presences(visits);
    if (random.chance(0.012 + (monthPresences >= 8 ? 0.07 : 0))) {
      member(context, journey, start, addDays(contract.end, random.int(1, 6)));
      return;
    }
    if (random.chance(0.08 + (monthPresences < 3 ? 0.15 : 0))) return;
    from = addDays(contract.end, 1);
    perWeek = Math.max(0.3, perWeek + random.normal(0, 0.3));
  }
}

function dropIns(context: JourneyContext, journey: Journey, start: JourneyStart): void {
  const { random, asOf } = context;
  let day = nextOpenDay(start.registeredOn);
  const count = random.int(1, 4);
  for (let i = 0; i < count && day <= asOf; i += 1) {
    const index = sellContract(context, journey, { planId: 'avulsa', start: day, consultant: start.consultant, method: paymentMethodFor(random, plan('avulsa')) });
    journey.visits.push({ date: day, kind: 'avulsa', outcome: 'presenca', contract: index });
    day = nextOpenDay(addDays(day, random.int(3, 40)));
  }
  if (random.chance(0.2)) member(context, journey, start, day);
}

function physio(context: JourneyContext, journey: Journey, start: JourneyStart): void {
  const { random, asOf } = context;
  const planId: PlanId = random.chance(0.65) ? 'fisio1-mensal' : 'fisio2-mensal';
  const days = trainingDays(random, plan(planId).sessionsPerWeek ?? 1);
  const method = paymentMethodFor(random, plan(planId));
  let from = start.registeredOn;
  const months = random.int(2, 6);
  for (let month = 0; month < months && from <= asOf; month += 1) {
    const index = sellContract(context, journey, { planId, start: from, consultant: start.consultant, method });
    const contract = journey.contracts[index];
    if (!contract) return;
    const to = contract.end < asOf ? contract.end : asOf;
    journey.visits.push(...attendWeeklyPlan(random, { contract: index, from, to, days, showUp: randomShowUp(random, 0.9), blocks: [], makeUpChance: 0.6 }));
    from = addDays(contract.end, 1);
  }
  if (random.chance(0.25)) member(context, journey, start, addDays(from, random.int(1, 20)));
}

/** The funnel facts of a new contact: where they came from, what they booked. */
function leadFacts(random: Random, start: JourneyStart, journey: Journey): Lead {
  const hadTrial = journey.contracts.some((c) => c.planId === 'experimental');
  const firstPlan = journey.contracts[0]?.planId;
  const origin =
    start.entry === 'aggregator' ? (firstPlan === 'totalpass' ? 'TotalPass' : 'Gympass') : random.weighted(leadOrigins);
  const visited = start.entry === 'direct' ? random.chance(0.6) : start.entry === 'lead' && random.chance(0.3);
  return {
    firstContact: studioTime(random, start.registeredOn, false),
    origin,
    visitType: hadTrial ? 'Aula experimental' : visited ? 'Visita' : null,
    scheduledClasses: hadTrial ? (random.chance(0.15) ? 2 : 1) : 0,
    classGroup: hadTrial || start.entry === 'direct' || start.entry === 'pack' ? random.pick(classGroups) : null,
  };
}

/** Lives one client's story from registration to as-of. */
export function liveJourney(context: JourneyContext, start: JourneyStart): Journey & { lead: Lead } {
  const journey: Journey = { contracts: [], visits: [] };
  switch (start.entry) {
    case 'lead':
      break;
    case 'trial':
      trial(context, journey, start);
      break;
    case 'direct':
      member(context, journey, start, addDays(start.registeredOn, context.random.int(0, 3)));
      break;
    case 'pack':
      member(context, journey, start, start.registeredOn, 'cal-10x');
      break;
    case 'aggregator':
      aggregator(context, journey, start);
      break;
    case 'drop-in':
      dropIns(context, journey, start);
      break;
    case 'physio':
      physio(context, journey, start);
      break;
  }
  return { ...journey, lead: leadFacts(context.random, start, journey) };
}
