/**
 * Scripted client stories that put a client exactly where a playbook fires on as-of: blocked for N
 * days, behind on usage in both weekly snapshots, about to expire, expired, fresh from a trial class,
 * a frequent GYMPASS member, an unaccepted contract, a silent lead. Each story has an ordinary past
 * (earlier plans, classes) so it reads like any other client, and reports the facts that make it qualify.
 */
import { addDays, daysBetween, weekday, type CalendarDate } from '../domain/calendar-date.ts';
import { attendWeeklyPlan, presences, randomShowUp, steadyShowUp, trainingDays } from './class-attendance.ts';
import { classesUsed, usagePace } from './client-state.ts';
import { sellContract, studioTime, type Journey, type JourneyContext } from './contract-sale.ts';
import { classGroups } from './client-journey.ts';
import { contractedClasses, plan, type PlanId } from './plans.ts';
import { attendancePeriod, previousSnapshotDate } from './report-dates.ts';
import { isStudioOpen } from './seasonality.ts';
import type { Consultant } from './staff.ts';
import type { Contract, Lead, PaymentMethod } from './studio-records.ts';

export type Facts = Record<string, string | number | boolean>;

export interface PlantedStory extends Journey {
  registeredOn: CalendarDate;
  lead: Lead;
  facts: Facts;
}

export type Teller = (context: JourneyContext, consultant: Consultant) => PlantedStory;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function lead(context: JourneyContext, registeredOn: CalendarDate, visitType: Lead['visitType']): Lead {
  const { random } = context;
  return {
    firstContact: studioTime(random, registeredOn, false),
    origin: random.pick(['Instagram', 'Indicação', 'WhatsApp', 'Google']),
    visitType,
    scheduledClasses: visitType === 'Aula experimental' ? 1 : 0,
    classGroup: visitType === null ? null : random.pick(classGroups),
  };
}

/** Sells the current contract after a few months of the same kind of plan, all attended normally. */
function withPast(context: JourneyContext, consultant: Consultant, current: { planId: PlanId; start: CalendarDate; method: PaymentMethod; paidOn?: CalendarDate | null }) {
  const { random } = context;
  const journey: Journey = { contracts: [], visits: [] };
  const currentPlan = plan(current.planId);
  const monthly = currentPlan.durationDays === 30 ? current.planId : (`cal${currentPlan.sessionsPerWeek}-mensal` as PlanId);
  const months = random.int(2, 7);
  const days = trainingDays(random, currentPlan.sessionsPerWeek ?? 2);
  let from = addDays(current.start, -30 * months);
  for (let month = 0; month < months; month += 1) {
    const index = sellContract(context, journey, { planId: monthly, start: from, consultant, method: current.method });
    const contract = journey.contracts[index] as Contract;
    journey.visits.push(...attendWeeklyPlan(random, { contract: index, from, to: contract.end, days, showUp: randomShowUp(random, 0.8), blocks: [], makeUpChance: 0.3 }));
    from = addDays(contract.end, 1);
  }
  const index = sellContract(context, journey, { ...current, consultant });
  return { journey, index, contract: journey.contracts[index] as Contract, days, registeredOn: addDays(journey.contracts[0]?.start ?? current.start, -random.int(0, 4)) };
}

function story(context: JourneyContext, past: ReturnType<typeof withPast>, facts: Facts): PlantedStory {
  return { ...past.journey, registeredOn: past.registeredOn, lead: lead(context, past.registeredOn, 'Visita'), facts };
}

export function blocked(days: number, overdue: boolean): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const blockStart = addDays(asOf, -days);
    const start = addDays(blockStart, overdue ? -1 : -random.int(3, 12));
    const planId = random.pick(['cal2-mensal', 'cal3-mensal'] as const);
    const past = withPast(context, consultant, { planId, start, method: overdue ? 'Recorrente' : 'Pix', paidOn: overdue ? null : start });
    const overdueCentavos = overdue ? past.contract.valueCentavos : 0;
    past.contract.blocks.push({ start: blockStart, end: null, overdueCentavos });
    const to = past.contract.end < asOf ? past.contract.end : asOf;
    past.journey.visits.push(...attendWeeklyPlan(random, { contract: past.index, from: start, to, days: past.days, showUp: steadyShowUp(0.7), blocks: past.contract.blocks, makeUpChance: 0 }));
    return story(context, past, { contract: plan(planId).name, blockedSince: blockStart, daysBlocked: days, overdueCentavos, hasOverduePayments: overdue });
  };
}

/** Behind on usage since the contract began, so both weekly snapshots show a pace under 40 %. */
export function lowPace(planId: PlanId, startedDaysAgo: number, rate: number): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const start = addDays(asOf, -startedDaysAgo);
    const past = withPast(context, consultant, { planId, start, method: 'Cartão de crédito' });
    past.journey.visits.push(...attendWeeklyPlan(random, { contract: past.index, from: start, to: asOf, days: past.days, showUp: steadyShowUp(rate), blocks: [], makeUpChance: 0 }));
    const previous = previousSnapshotDate(asOf);
    return story(context, past, {
      contract: plan(planId).name,
      start,
      expiresOn: past.contract.end,
      contractedClasses: contractedClasses(plan(planId)) ?? 0,
      previousSnapshot: previous,
      usedAtPreviousSnapshot: classesUsed(past.journey, past.index, previous),
      paceAtPreviousSnapshot: round2(usagePace(past.journey, past.index, previous) ?? 0),
      usedAtAsOf: classesUsed(past.journey, past.index, asOf),
      paceAtAsOf: round2(usagePace(past.journey, past.index, asOf) ?? 0),
    });
  };
}

export function expiring(daysToExpiry: number, planId: PlanId, rate: number): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const start = addDays(asOf, daysToExpiry - plan(planId).durationDays + 1);
    const past = withPast(context, consultant, { planId, start, method: 'Pix' });
    past.journey.visits.push(...attendWeeklyPlan(random, { contract: past.index, from: start, to: asOf, days: past.days, showUp: steadyShowUp(rate), blocks: [], makeUpChance: 0 }));
    return story(context, past, {
      contract: plan(planId).name,
      expiresOn: past.contract.end,
      daysToExpiry: daysBetween(asOf, past.contract.end),
      usedAtAsOf: classesUsed(past.journey, past.index, asOf),
      paceAtAsOf: round2(usagePace(past.journey, past.index, asOf) ?? 0),
    });
  };
}

export function expired(daysAgo: number, planId: PlanId): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const end = addDays(asOf, -daysAgo);
    const start = addDays(end, 1 - plan(planId).durationDays);
    const past = withPast(context, consultant, { planId, start, method: 'Pix' });
    past.journey.visits.push(...attendWeeklyPlan(random, { contract: past.index, from: start, to: end, days: past.days, showUp: steadyShowUp(0.6), blocks: [], makeUpChance: 0 }));
    return story(context, past, { contract: plan(planId).name, expiredOn: end, daysSinceExpiry: daysAgo, renewed: false });
  };
}

export function trialWithoutPlan(daysAgo: number): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const day = addDays(asOf, -daysAgo);
    const registeredOn = addDays(day, -random.int(0, 2));
    const journey: Journey = { contracts: [], visits: [] };
    const index = sellContract(context, journey, { planId: 'experimental', start: day, consultant, method: 'Pix' });
    journey.visits.push({ date: day, kind: 'prospect', outcome: 'presenca', contract: index });
    return { ...journey, registeredOn, lead: lead(context, registeredOn, 'Aula experimental'), facts: { trialOn: day, daysSinceTrial: daysAgo, paidPlan: false } };
  };
}

/** A GYMPASS member for months who trains three times a week in the report's 30 days. */
export function frequentGympass(rate: number): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const journey: Journey = { contracts: [], visits: [] };
    const period = attendancePeriod(asOf);
    const days = [1, 3, 5];
    const showUp = steadyShowUp(rate);
    let from = addDays(asOf, -30 * random.int(3, 8) + random.int(1, 25));
    const memberSince = from;
    while (from <= asOf) {
      const index = sellContract(context, journey, { planId: 'gympass', start: from, consultant, method: 'Pix', paidOn: null });
      const contract = journey.contracts[index] as Contract;
      for (let date = from; date <= contract.end && date <= asOf; date = addDays(date, 1)) {
        if (!isStudioOpen(date) || !days.includes(weekday(date))) continue;
        const present = date >= period.from ? showUp(date) : random.chance(0.45);
        journey.visits.push({ date, kind: 'gympass', outcome: present ? 'presenca' : 'falta', contract: index });
      }
      from = addDays(contract.end, 1);
    }
    const inPeriod = journey.visits.filter((v) => v.date >= period.from && v.date <= period.to);
    return {
      ...journey,
      registeredOn: memberSince,
      lead: { ...lead(context, memberSince, null), origin: 'Gympass' },
      facts: { aggregator: 'GYMPASS', memberSince, periodFrom: period.from, periodTo: period.to, presencesInPeriod: presences(inPeriod) },
    };
  };
}

export function acceptancePending(daysAgo: number): Teller {
  return (context, consultant) => {
    const { asOf, random } = context;
    const start = addDays(asOf, -daysAgo);
    const past = withPast(context, consultant, { planId: 'cal3-mensal', start, method: 'Pix' });
    const acceptance = past.contract.acceptance;
    if (!acceptance) throw new Error('a calisthenics contract always asks for acceptance');
    acceptance.acceptedAt = null;
    past.journey.visits.push(...attendWeeklyPlan(random, { contract: past.index, from: start, to: asOf, days: past.days, showUp: steadyShowUp(0.8), blocks: [], makeUpChance: 0 }));
    const hoursByAsOf = Math.floor((daysBetween(acceptance.sentAt.date, asOf) * 86_400 - acceptance.sentAt.secondOfDay) / 3600);
    return story(context, past, { contract: plan('cal3-mensal').name, sentOn: acceptance.sentAt.date, termsVersion: acceptance.version, hoursPendingAtStartOfAsOf: hoursByAsOf });
  };
}

export function silentLead(daysAgo: number): Teller {
  return (context) => {
    const registeredOn = addDays(context.asOf, -daysAgo);
    return { contracts: [], visits: [], registeredOn, lead: lead(context, registeredOn, null), facts: { lastContactOn: registeredOn, daysSinceLastContact: daysAgo } };
  };
}
