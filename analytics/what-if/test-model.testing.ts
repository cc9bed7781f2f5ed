/** A what-if model built by hand for tests: every input given, none fitted, no seasonality unless asked. */
import type { LeverId } from './levers.ts';
import type { FittedValue, RevenueModel, StructuralId } from './revenue-model.ts';

export function handModel(values: Record<LeverId | StructuralId, number>, sd: Partial<Record<LeverId | StructuralId, number>> = {}, activeClients = 100): RevenueModel {
  const fitted = (id: LeverId | StructuralId): FittedValue => ({ value: values[id], sd: sd[id] ?? 0, months: 12 });
  return {
    asOf: '2026-11-24',
    firstMonth: '2026-12-01',
    activeClients,
    levers: {
      renewal: fitted('renewal'), ticket: fitted('ticket'), newClients: fitted('newClients'), trialConversion: fitted('trialConversion'),
      gympassConversion: fitted('gympassConversion'), upsell: fitted('upsell'), packsAndDropIns: fitted('packsAndDropIns'),
    },
    structure: {
      endingShare: fitted('endingShare'), otherPayingShare: fitted('otherPayingShare'), trialsPerMonth: fitted('trialsPerMonth'),
      gympassStartsPerMonth: fitted('gympassStartsPerMonth'), upgradeUpliftCents: fitted('upgradeUpliftCents'), packAverageCents: fitted('packAverageCents'),
      otherRevenueCents: fitted('otherRevenueCents'),
    },
    seasonality: null,
    historyMonths: 12,
    lastMonthRevenueCents: 1_600_000,
  };
}

/** A small studio: 100 active, half of them ending a month, 80 % renewing, 5 new a month, R$ 300 ticket. */
export const smallStudio = {
  renewal: 0.8, ticket: 30_000, newClients: 5, trialConversion: 0, gympassConversion: 0, upsell: 0, packsAndDropIns: 0,
  endingShare: 0.5, otherPayingShare: 0.1, trialsPerMonth: 0, gympassStartsPerMonth: 0, upgradeUpliftCents: 0, packAverageCents: 0, otherRevenueCents: 0,
};
