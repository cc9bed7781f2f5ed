/**
 * Selling a contract: the price of the day, how and when it was paid, and the contract-terms link the
 * client must accept. Every sale in the history goes through here, ordinary or planted.
 */
import { addDays, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { needsAcceptance, plan, priceOn, type Plan, type PlanId } from './plans.ts';
import type { Random } from './random.ts';
import type { Consultant } from './staff.ts';
import type { Acceptance, Contract, Payment, PaymentMethod, StudioTime, Visit } from './studio-records.ts';

/** What every step of a client's story needs to know. */
export interface JourneyContext {
  random: Random;
  asOf: CalendarDate;
  historyStart: CalendarDate;
}

/** A client's contracts and classes, as they accumulate. */
export interface Journey {
  contracts: Contract[];
  visits: Visit[];
}

export function paymentMethodFor(random: Random, p: Plan): PaymentMethod {
  if (p.kind === 'calistenia' && p.durationDays === 30) {
    return random.weighted([['Recorrente', 55], ['Pix', 25], ['Cartão de crédito', 10], ['Cartão de débito', 5], ['Dinheiro', 3], ['Boleto', 2]] as const);
  }
  if (p.kind === 'calistenia') return random.weighted([['Cartão de crédito', 55], ['Pix', 35], ['Boleto', 10]] as const);
  if (p.kind === 'fisioterapia') return random.weighted([['Pix', 45], ['Cartão de crédito', 30], ['Cartão de débito', 20], ['Dinheiro', 5]] as const);
  return random.weighted([['Pix', 50], ['Cartão de débito', 25], ['Dinheiro', 15], ['Cartão de crédito', 10]] as const);
}

/** A time of day: the card-billing run before dawn, or the front desk's opening hours. */
export function studioTime(random: Random, date: CalendarDate, recurring: boolean): StudioTime {
  const secondOfDay = recurring ? 3 * 3600 + random.int(0, 900) : random.int(7 * 3600, 21 * 3600);
  return { date, secondOfDay };
}

function paymentOrigin(random: Random, method: PaymentMethod): string {
  if (method === 'Recorrente') return 'Recorrência';
  return random.weighted([['Balcão', 60], ['App', 20], ['Link de pagamento', 15], ['Site', 5]] as const);
}

/** Contract terms are revised every 13 months or so; version 1 at the start of the history. */
function termsVersion(date: CalendarDate, historyStart: CalendarDate): number {
  return 1 + Math.floor(Math.max(0, daysBetween(historyStart, date)) / 395);
}

/** Most clients accept within hours; a few take days; a few never do. */
function acceptance(random: Random, sentAt: StudioTime, version: number): Acceptance {
  const delayHours = random.weighted([[random.float() * 2, 40], [2 + random.float() * 22, 36], [24 + random.float() * 48, 21], [null, 3]] as const);
  if (delayHours === null) return { version, sentAt, acceptedAt: null };
  // A link sent by the 3 a.m. billing run is only opened once the client is up.
  const second = Math.max(sentAt.secondOfDay, 7 * 3600) + Math.round(delayHours * 3600);
  return { version, sentAt, acceptedAt: { date: addDays(sentAt.date, Math.floor(second / 86_400)), secondOfDay: second % 86_400 } };
}

export interface Sale {
  planId: PlanId;
  start: CalendarDate;
  consultant: Consultant;
  method: PaymentMethod;
  /** When the money came in; null for aggregators and debts not yet settled. Defaults to the start. */
  paidOn?: CalendarDate | null;
  end?: CalendarDate;
}

/** Records a contract and its payment; returns its index in the journey. */
export function sellContract(context: JourneyContext, journey: Journey, sale: Sale): number {
  const { random, asOf, historyStart } = context;
  const p = plan(sale.planId);
  const value = priceOn(sale.planId, sale.start, asOf);
  const paidOn = sale.paidOn === undefined ? sale.start : sale.paidOn;
  const recurring = sale.method === 'Recorrente';
  let payment: Payment | null = null;
  if (paidOn !== null && paidOn <= asOf && value > 0) {
    payment = { at: studioTime(random, paidOn, recurring), centavos: value, method: sale.method, origin: paymentOrigin(random, sale.method) };
  }
  const sentAt = payment?.at ?? studioTime(random, sale.start, false);
  const contract: Contract = {
    planId: sale.planId,
    start: sale.start,
    end: sale.end ?? addDays(sale.start, p.durationDays - 1),
    valueCentavos: value,
    cancelledOn: null,
    blocks: [],
    payment,
    acceptance: needsAcceptance(p) ? acceptance(random, sentAt, termsVersion(sale.start, historyStart)) : null,
    consultant: sale.consultant,
  };
  journey.contracts.push(contract);
  return journey.contracts.length - 1;
}
