/**
 * The studio's numbers for one day, from the clients' scores and the SQL aggregates: the headline
 * counts and sums that the briefing and the dashboard show, and the details (breakdowns, rates,
 * conversions, league table) under their names. Pure: every input is passed in.
 */
import type { StudioSettings } from '../db/studio-settings.ts';
import type { ClientScore } from './score-clients.ts';
import { blockedByDays } from './metrics/blocked-by-days.ts';
import { leagueTable } from './metrics/league-table.ts';
import { rate } from './metrics/rate.ts';
import { activeMrrCents, revenueAtRiskCents } from './metrics/recurring-revenue.ts';
import { renewalRate, type ContractEndings } from './metrics/renewal-rate.ts';
import { ticketMedio } from './metrics/ticket-medio.ts';
import { utilisation } from './metrics/utilisation.ts';

/** A client is counted lost when this many days pass after the end of a contract it did not renew. */
export const lostAfterDays = 15;

export interface RevenueBreakdown {
  totalCents: number;
  receipts: number;
  payingCustomers: number;
  byFamily: { key: string; cents: number; receipts: number }[];
  byPaymentMethod: { key: string; cents: number; receipts: number }[];
  byConsultant: { key: string; cents: number; receipts: number }[];
}

export interface Conversion {
  started: number;
  converted: number;
  windowDays: number;
  from: string;
  to: string;
}

export interface StudioAggregates {
  revenueDayCents: number;
  monthToDate: RevenueBreakdown;
  /** The same days of the previous month, for comparison. */
  previousMonthSameDays: RevenueBreakdown;
  newCustomers: number;
  contractEndings: ContractEndings[];
  trialConversion: Conversion;
  gympassConversion: Conversion;
}

export interface StudioDayMetrics {
  activeCustomers: number;
  blockedCustomers: number;
  expiringIn7Days: number;
  expiringIn15Days: number;
  expiringIn30Days: number;
  activeMrrCents: number;
  revenueDayCents: number;
  revenueMonthToDateCents: number;
  revenueAtRiskCents: number;
  newCustomers: number;
  lostCustomers: number;
  details: Record<string, unknown>;
}

/** An active or blocked client whose contract ends within `days` (today included) and was not renewed. */
export function expiresWithin(score: Pick<ClientScore, 'status' | 'renewed' | 'daysToExpiry'>, days: number): boolean {
  return (score.status === 'Ativo' || score.status === 'Bloqueado') && !score.renewed && score.daysToExpiry !== null && score.daysToExpiry >= 0 && score.daysToExpiry <= days;
}

function expiringWithin(scores: ClientScore[], days: number): number {
  return scores.filter((score) => expiresWithin(score, days)).length;
}

export function studioDayMetrics(scores: ClientScore[], aggregates: StudioAggregates, settings: StudioSettings): StudioDayMetrics {
  const valued = scores.map((score) => ({ status: score.status, monthlyValueCents: score.monthlyValueCents, atRisk: score.inBase && score.risk >= settings.risk.listThreshold }));
  const active = scores.filter((score) => score.status === 'Ativo');
  const { monthToDate, previousMonthSameDays } = aggregates;
  return {
    activeCustomers: active.length,
    blockedCustomers: scores.filter((score) => score.blocked).length,
    expiringIn7Days: expiringWithin(scores, 7),
    expiringIn15Days: expiringWithin(scores, 15),
    expiringIn30Days: expiringWithin(scores, 30),
    activeMrrCents: activeMrrCents(valued),
    revenueDayCents: aggregates.revenueDayCents,
    revenueMonthToDateCents: monthToDate.totalCents,
    revenueAtRiskCents: revenueAtRiskCents(valued),
    newCustomers: aggregates.newCustomers,
    lostCustomers: scores.filter((score) => !score.renewed && score.daysToExpiry === -lostAfterDays && score.status !== 'Prospect').length,
    details: {
      atRiskCustomers: valued.filter((client) => client.atRisk).length,
      riskCategories: countBy(scores.filter((score) => score.inBase).map((score) => score.riskCategory)),
      healthBands: countBy(scores.filter((score) => score.inBase && score.healthBand).map((score) => score.healthBand!)),
      playbooks: countBy(scores.filter((score) => score.playbook).map((score) => score.playbook!)),
      blockedByDays: blockedByDays(scores.filter((score) => score.blocked).map((score) => score.blockedDays)),
      utilisation: utilisation(active.filter((score) => score.pace !== null).map((score) => score.pace!)),
      revenueMonthToDate: monthToDate,
      revenuePreviousMonthSameDays: previousMonthSameDays,
      ticketMedioCents: ticketMedio(monthToDate.totalCents, monthToDate.payingCustomers),
      renewalRate: renewalRate(aggregates.contractEndings),
      trialConversion: { ...aggregates.trialConversion, rate: rate(aggregates.trialConversion.converted, aggregates.trialConversion.started) },
      gympassConversion: { ...aggregates.gympassConversion, rate: rate(aggregates.gympassConversion.converted, aggregates.gympassConversion.started) },
      consultantLeague: leagueTable(monthToDate.byConsultant),
    },
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
