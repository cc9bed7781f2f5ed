/**
 * A contract's value per 30 days, so that monthly, quarterly and yearly plans compare: value × 30 /
 * period. Example: a quarterly plan of R$ 1.065,00 (90 days) is worth R$ 355,00 a month. Null when the
 * value or the period is unknown, and for class packs and single classes, which are not recurring.
 */
import type { ContractFacts } from './client-facts.ts';
import { contractDurationDays } from './usage-pace.ts';

const recurringFamilies = new Set(['calistenia', 'fisioterapia', 'outro']);

export function monthlyValueCents(contract: ContractFacts | null): number | null {
  if (!contract || contract.valueCents === null || !recurringFamilies.has(contract.planFamily)) return null;
  const period = contract.periodDays ?? contractDurationDays(contract);
  if (!period) return null;
  return Math.round((contract.valueCents * 30) / period);
}
