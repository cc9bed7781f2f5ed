/**
 * A client as the system would show them on a given day: contract and client status, classes used so
 * far, usage pace, continuity. Every sheet (and both contract-balance snapshots) reads these, so a
 * client looks the same everywhere on the same day.
 */
import { addDays, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { contractedClasses, plan } from './plans.ts';
import type { Block, Client, ClientStatus, Contract, ContractStatus } from './studio-records.ts';

/** What the usage figures need of a client: their contracts and classes. */
export type History = Pick<Client, 'contracts' | 'visits'>;

export function blockOn(contract: Contract, date: CalendarDate): Block | null {
  return contract.blocks.find((b) => b.start <= date && (b.end === null || date < b.end)) ?? null;
}

/** Status of a contract that has started by `date`. */
export function contractStatusOn(contract: Contract, date: CalendarDate): ContractStatus {
  if (contract.cancelledOn !== null && contract.cancelledOn <= date) return 'Cancelado';
  if (blockOn(contract, date)) return 'Bloqueado';
  return date > contract.end ? 'Finalizado' : 'Ativo';
}

export function startedContracts(client: Client, date: CalendarDate): Contract[] {
  return client.contracts.filter((c) => c.start <= date);
}

/** Trial classes and drop-ins do not make anyone a client. */
function isMembership(contract: Contract): boolean {
  const kind = plan(contract.planId).kind;
  return kind !== 'trial' && kind !== 'drop-in';
}

export function clientStatusOn(client: Client, date: CalendarDate): ClientStatus {
  if (client.excluded) return 'Excluído';
  const memberships = startedContracts(client, date).filter(isMembership);
  const current = memberships.filter((c) => c.end >= date || blockOn(c, date));
  const statuses = current.map((c) => contractStatusOn(c, date));
  if (statuses.includes('Bloqueado')) return 'Bloqueado';
  const active = current.filter((_, i) => statuses[i] === 'Ativo');
  if (active.some((c) => plan(c.planId).kind !== 'aggregator')) return 'Ativo';
  if (active.length > 0) return 'Cliente Pass';
  const last = memberships[memberships.length - 1];
  if (!last) return startedContracts(client, date).some((c) => plan(c.planId).kind === 'drop-in') ? 'Sem Contrato' : 'Prospect';
  return contractStatusOn(last, date) === 'Cancelado' ? 'Cancelado' : 'Sem Contrato';
}

/** Presences booked against contract number `index` up to and including `date`. */
export function classesUsed(client: History, index: number, date: CalendarDate): number {
  return client.visits.filter((v) => v.contract === index && v.date <= date && v.outcome === 'presenca').length;
}

/** Presences in the Monday-to-Sunday week holding `date`, up to `date`. */
export function classesUsedThisWeek(client: History, index: number, date: CalendarDate, weekStart: CalendarDate): number {
  return client.visits.filter((v) => v.contract === index && v.date >= weekStart && v.date <= date && v.outcome === 'presenca').length;
}

/** Used classes against those expected by now: 1 is on pace, 0.3 is 30 % of it. Null without a class count. */
export function usagePace(client: History, index: number, date: CalendarDate): number | null {
  const contract = client.contracts[index];
  if (!contract) return null;
  const p = plan(contract.planId);
  const contracted = contractedClasses(p);
  if (contracted === null) return null;
  const elapsed = Math.min(p.durationDays, Math.max(1, daysBetween(contract.start, date) + 1));
  const expected = (contracted * elapsed) / p.durationDays;
  return classesUsed(client, index, date) / expected;
}

/** Months of unbroken membership up to `date` (gaps of a week or less do not break it). */
export function continuityMonths(client: Client, date: CalendarDate): number {
  const memberships = startedContracts(client, date).filter(isMembership);
  const last = memberships[memberships.length - 1];
  if (!last) return 0;
  let chainStart = last.start;
  for (let i = memberships.length - 2; i >= 0; i -= 1) {
    const previous = memberships[i] as Contract;
    if (daysBetween(previous.end, chainStart) > 8) break;
    chainStart = previous.start;
  }
  const chainEnd = last.cancelledOn ?? (last.end < date ? last.end : date);
  return Math.max(0, daysBetween(chainStart, addDays(chainEnd, 1))) / 30.4;
}

/** The index of the client's latest weekly plan or class pack started by `date`: what has a class balance. */
export function latestBalanceContract(client: Client, date: CalendarDate): number | null {
  for (let i = client.contracts.length - 1; i >= 0; i -= 1) {
    const contract = client.contracts[i] as Contract;
    const kind = plan(contract.planId).kind;
    if (contract.start <= date && (kind === 'calistenia' || kind === 'fisioterapia' || kind === 'pack')) return i;
  }
  return null;
}
