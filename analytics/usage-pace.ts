/**
 * Usage pace: classes used against the classes a client on schedule would have used by the balance's
 * date. pace = used / (contracted × elapsed / duration), with elapsed = days from the contract's start
 * to the snapshot, both included, capped at the duration. Example: a 30-day plan of 13 classes, 15
 * days in, 3 used: expected 6,5, pace 3 / 6,5 = 0,46. Before a week has elapsed the pace is not
 * judged (null): one missed class on day two would read as 0 % of pace.
 */
import { addDays, daysBetween } from '../domain/calendar-date.ts';
import type { BalanceFacts, ContractFacts } from './client-facts.ts';

export interface UsagePace {
  pace: number;
  used: number;
  /** Classes a client on schedule would have used, rounded to one decimal. */
  expected: number;
}

export function contractDurationDays(contract: ContractFacts): number | null {
  if (contract.startsOn && contract.endsOn) return daysBetween(contract.startsOn, contract.endsOn) + 1;
  return contract.periodDays;
}

export function contractStart(contract: ContractFacts): string | null {
  if (contract.startsOn) return contract.startsOn;
  if (contract.endsOn && contract.periodDays) return addDays(contract.endsOn, -(contract.periodDays - 1));
  return null;
}

/** The shortest stretch of a contract over which a pace means something. */
export const minimumElapsedDays = 7;

/** Null when the balance or the contract's period is unknown: no pace is guessed. */
export function usagePace(contract: ContractFacts, balance: BalanceFacts): UsagePace | null {
  const duration = contractDurationDays(contract);
  const start = contractStart(contract);
  if (!duration || !start || balance.totalContracted === null || balance.totalUsed === null || balance.totalContracted <= 0) return null;
  const elapsed = Math.min(duration, daysBetween(start, balance.snapshotOn) + 1);
  if (elapsed < minimumElapsedDays) return null;
  const expected = (balance.totalContracted * elapsed) / duration;
  return { pace: balance.totalUsed / expected, used: balance.totalUsed, expected: Math.round(expected * 10) / 10 };
}
