/**
 * A member's run of weekly plans: monthly card billing that sometimes fails and blocks the client,
 * renewals that depend on how much the client actually trains, and the churn that follows low use,
 * long blocks and the December and July dips. Some who leave come back months later.
 */
import { addDays, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { attendFreely, attendWeeklyPlan, presences, randomShowUp, trainingDays } from './class-attendance.ts';
import { paymentMethodFor, sellContract, type Journey, type JourneyContext } from './contract-sale.ts';
import { plan, type PlanId } from './plans.ts';
import type { Random } from './random.ts';
import { churnFactor, longPlanFactor, resumeAfterBreak } from './seasonality.ts';
import type { Consultant } from './staff.ts';
import type { Block, Contract, PaymentMethod } from './studio-records.ts';

/** A new calisthenics plan: twice or three times a week, usually monthly, longer in January and March. */
export function chooseCalisteniaPlan(random: Random, date: CalendarDate): PlanId {
  const long = longPlanFactor(date);
  const perWeek = random.chance(0.55) ? 2 : 3;
  const period = random.weighted([['mensal', 62], ['trimestral', 20 * long], ['semestral', 11 * long], ['anual', 5 * long]] as const);
  return `cal${perWeek}-${period}` as PlanId;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A failed card charge: blocked until paid, cancelled when it drags on. */
function paymentBlock(context: JourneyContext, contract: Contract): void {
  const { random, asOf } = context;
  const start = addDays(contract.start, random.int(1, 3));
  if (start > asOf) return;
  const days = 1 + random.geometric(0.12);
  const settled = addDays(start, days);
  const givesUp = days > 24 && random.chance(0.85);
  const block: Block = { start, end: settled <= asOf ? settled : null, overdueCentavos: contract.valueCentavos };
  contract.blocks.push(block);
  if (givesUp) {
    if (settled <= asOf) contract.cancelledOn = settled;
    contract.payment = null;
    return;
  }
  if (settled <= asOf && contract.payment) {
    contract.payment = { ...contract.payment, at: { date: settled, secondOfDay: random.int(8 * 3600, 20 * 3600) }, method: random.pick(['Pix', 'Cartão de crédito'] as const), origin: 'Balcão' };
  } else {
    contract.payment = null;
  }
}

/** A block with nothing owed: a medical certificate, a trip, a contract not yet accepted. */
function courtesyBlock(context: JourneyContext, contract: Contract): void {
  const { random, asOf } = context;
  const start = addDays(contract.start, random.int(3, 20));
  if (start > asOf || start > contract.end) return;
  const end = addDays(start, random.int(2, 12));
  contract.blocks.push({ start, end: end <= asOf ? end : null, overdueCentavos: 0 });
}

export interface MembershipStart {
  planId: PlanId;
  start: CalendarDate;
  engagement: number;
  consultant: Consultant;
}

/** Runs weekly plans (or 10-class packs) from `first.start` until the client leaves or as-of arrives. */
export function runMemberships(context: JourneyContext, journey: Journey, first: MembershipStart): void {
  const { random, asOf } = context;
  let { planId, start, engagement } = first;
  let method: PaymentMethod = paymentMethodFor(random, plan(planId));
  let days = trainingDays(random, plan(planId).sessionsPerWeek ?? 2);
  let monthsIn = 0;
  while (start <= asOf) {
    const p = plan(planId);
    const early = method !== 'Recorrente' && random.chance(0.3) ? random.int(1, 3) : 0;
    const index = sellContract(context, journey, { planId, start, consultant: first.consultant, method, paidOn: addDays(start, -early) });
    const contract = journey.contracts[index] as Contract;
    if (method === 'Recorrente' && random.chance(0.06)) paymentBlock(context, contract);
    else if (random.chance(0.012)) courtesyBlock(context, contract);
    const to = [contract.end, asOf, contract.cancelledOn ? addDays(contract.cancelledOn, -1) : contract.end].sort()[0] as CalendarDate;
    const visits =
      p.kind === 'pack'
        ? attendFreely(random, { contract: index, kind: 'avulsa', from: start, to, perWeek: 1 + 2 * engagement, limit: 10, noShowChance: 0.1 })
        : attendWeeklyPlan(random, { contract: index, from: start, to, days, showUp: randomShowUp(random, engagement), blocks: contract.blocks, makeUpChance: 0.3 });
    journey.visits.push(...visits);
    const expected = p.sessionsPerWeek !== null ? (p.sessionsPerWeek * (daysBetween(start, to) + 1)) / 7 : 10;
    const usage = presences(visits) / Math.max(1, expected);
    // A pack used up before its expiry is renewed from the day of its last class.
    const finishedOn = p.kind === 'pack' && usage >= 1 ? (visits[visits.length - 1]?.date ?? contract.end) : contract.end;
    if (contract.cancelledOn !== null || finishedOn >= asOf || contract.blocks.some((b) => b.end === null)) return;

    let hazard = 0.02 + 0.9 * Math.max(0, 0.8 - usage) ** 1.5;
    if (monthsIn < 3) hazard *= 1.5;
    if (contract.blocks.length > 0) hazard += 0.08;
    hazard *= churnFactor(finishedOn);
    const churns = random.chance(1 - (1 - Math.min(0.9, hazard)) ** Math.max(1, (p.durationDays / 30) * 0.7));
    monthsIn += p.durationDays / 30;

    if (churns) {
      if (method === 'Recorrente') contract.cancelledOn = contract.end;
      if (!random.chance(0.12)) return;
      start = addDays(finishedOn, random.int(45, 300));
      planId = chooseCalisteniaPlan(random, start);
      method = paymentMethodFor(random, plan(planId));
      days = trainingDays(random, plan(planId).sessionsPerWeek ?? 2);
      engagement = clamp(first.engagement * 0.9, 0.1, 0.95);
      monthsIn = 0;
      continue;
    }
    if (random.chance(0.1)) {
      planId = p.kind === 'pack' || random.chance(0.5) ? chooseCalisteniaPlan(random, finishedOn) : planId;
      if (method !== 'Recorrente' || plan(planId).durationDays !== 30) method = paymentMethodFor(random, plan(planId));
      days = trainingDays(random, plan(planId).sessionsPerWeek ?? 2);
    }
    const resumes = method !== 'Recorrente' && random.chance(0.6) ? resumeAfterBreak(finishedOn) : null;
    const late = method === 'Recorrente' || random.chance(0.75) ? 0 : random.int(1, 10);
    start = resumes ? addDays(resumes, random.int(0, 10)) : addDays(finishedOn, 1 + late);
    engagement = clamp(engagement + random.normal(-0.012, 0.07), 0.05, 0.98);
  }
}
