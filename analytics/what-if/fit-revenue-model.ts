/**
 * Fits the what-if model (revenue-model.ts) on the studio's complete months before `asOf`
 * (queries/what-if-history.ts). Each input's value and its sample standard deviation over the months:
 *
 *   renewal r            Σ renewed / Σ ended (renewal-rate.ts), months whose renewal window has closed
 *   ticket t             mean of the months' ticket médio of recurring plans (ticket-medio.ts)
 *   new clients n        mean of max(0, new clients − converted trials − converted GYMPASS members)
 *   trial conversion c_t Σ converted / Σ trials (rate.ts), months whose 30-day window has closed
 *   GYMPASS conversion   Σ converted / Σ starts, months whose 90-day window has closed
 *   upsell u             Σ upgraded / Σ renewed, months whose renewal window has closed
 *   packs and drop-ins k mean of the sales a month; v = Σ their value / Σ their count
 *   ending share e       Σ ended / Σ active at the start of the month
 *   other paying share π mean of max(0, payers − renewed − new clients) / active at start (closed months)
 *   trials T, GYMPASS G  mean a month
 *   uplift U             Σ monthly uplift / Σ upgraded
 *   other revenue O      mean of (all sales − recurring plans − packs and drop-ins)
 *
 * A rate's sd is that of its monthly rates (months with a base only). Seasonality comes from the whole
 * monthly revenue history (seasonal-indices.ts). A studio with fewer than three months of sales has no
 * model (null): three points do not make a history.
 */
import { addDays, addMonths, type CalendarDate } from '../../domain/calendar-date.ts';
import { rate } from '../metrics/rate.ts';
import { renewalRate } from '../metrics/renewal-rate.ts';
import { ticketMedio } from '../metrics/ticket-medio.ts';
import type { MonthlyRevenue } from '../models/forecast.ts';
import type { WhatIfMonthRow } from '../queries/what-if-history.ts';
import type { LeverId } from './levers.ts';
import type { FittedValue, RevenueModel, StructuralId } from './revenue-model.ts';
import { seasonalIndices } from './seasonal-indices.ts';
import { mean } from '../mean.ts';
import { sampleStandardDeviation } from '../standard-deviation.ts';

export interface ModelWindows {
  /** Days after a contract's end within which a new one counts as its renewal. */
  graceDays: number;
  trialWindowDays: number;
  gympassWindowDays: number;
}

export interface ModelHistory {
  asOf: CalendarDate;
  months: readonly WhatIfMonthRow[];
  /** Active recurring clients as of `asOf`. */
  activeClients: number;
  /** Every month's revenue up to `asOf` (queries/studio-aggregates.ts `monthlyRevenue`), for seasonality. */
  monthlyRevenue: readonly MonthlyRevenue[];
  windows: ModelWindows;
}

export const minimumHistoryMonths = 3;

const monthEnd = (month: CalendarDate) => addDays(addMonths(month, 1), -1);
const closedBy = (asOf: CalendarDate, days: number) => (row: WhatIfMonthRow) => addDays(monthEnd(row.month), days) <= asOf;

function averaged(values: number[]): FittedValue {
  return { value: mean(values), sd: sampleStandardDeviation(values), months: values.length };
}

/** A pooled share Σ part / Σ whole, its sd over the monthly shares of months with a base. */
function pooled(rows: readonly WhatIfMonthRow[], part: (row: WhatIfMonthRow) => number, whole: (row: WhatIfMonthRow) => number): FittedValue {
  const based = rows.filter((row) => whole(row) > 0);
  const monthly = based.map((row) => part(row) / whole(row));
  const total = rate(based.reduce((sum, row) => sum + part(row), 0), based.reduce((sum, row) => sum + whole(row), 0));
  return { value: total ?? 0, sd: sampleStandardDeviation(monthly), months: based.length };
}

export function fitRevenueModel({ asOf, months, activeClients, monthlyRevenue, windows }: ModelHistory): RevenueModel | null {
  const lived = months.filter((row) => row.totalRevenueCents > 0 || row.activeAtStart > 0);
  if (lived.filter((row) => row.totalRevenueCents > 0).length < minimumHistoryMonths) return null;
  const renewalClosed = lived.filter(closedBy(asOf, windows.graceDays));
  const trialClosed = lived.filter(closedBy(asOf, windows.trialWindowDays));
  const gympassClosed = lived.filter(closedBy(asOf, windows.gympassWindowDays));

  const renewalMonths = renewalClosed.filter((row) => row.ended > 0);
  const renewal: FittedValue = {
    value: renewalRate(renewalMonths.map((row) => ({ family: row.month, ended: row.ended, renewed: row.renewed }))).rate ?? 0,
    sd: sampleStandardDeviation(renewalMonths.map((row) => row.renewed / row.ended)),
    months: renewalMonths.length,
  };
  const tickets = lived.map((row) => ticketMedio(row.recurringRevenueCents, row.payers)).filter((ticket): ticket is number => ticket !== null);
  const packs = pooled(lived, (row) => row.packsAndDropInsCents, (row) => row.packsAndDropIns);

  const levers: Record<LeverId, FittedValue> = {
    renewal,
    ticket: averaged(tickets),
    newClients: averaged(lived.map((row) => Math.max(0, row.newClients - row.trialsConverted - row.gympassConverted))),
    trialConversion: pooled(trialClosed, (row) => row.trialsConverted, (row) => row.trials),
    gympassConversion: pooled(gympassClosed, (row) => row.gympassConverted, (row) => row.gympassStarts),
    upsell: pooled(renewalClosed, (row) => row.upgraded, (row) => row.renewed),
    packsAndDropIns: averaged(lived.map((row) => row.packsAndDropIns)),
  };
  const structure: Record<StructuralId, FittedValue> = {
    endingShare: pooled(lived, (row) => row.ended, (row) => row.activeAtStart),
    otherPayingShare: averaged(renewalClosed.filter((row) => row.activeAtStart > 0).map((row) => Math.max(0, row.payers - row.renewed - row.newClients) / row.activeAtStart)),
    trialsPerMonth: averaged(lived.map((row) => row.trials)),
    gympassStartsPerMonth: averaged(lived.map((row) => row.gympassStarts)),
    upgradeUpliftCents: pooled(lived, (row) => row.upliftMonthlyCents, (row) => row.upgraded),
    packAverageCents: packs,
    otherRevenueCents: averaged(lived.map((row) => Math.max(0, row.totalRevenueCents - row.recurringRevenueCents - row.packsAndDropInsCents))),
  };
  const thisMonth = `${asOf.slice(0, 7)}`;
  const completeMonths = monthlyRevenue.filter((point) => point.month < thisMonth);
  return {
    asOf,
    firstMonth: addMonths(`${thisMonth}-01`, 1),
    activeClients,
    levers,
    structure,
    seasonality: seasonalIndices(completeMonths),
    historyMonths: lived.length,
    lastMonthRevenueCents: lived[lived.length - 1]?.totalRevenueCents ?? 0,
  };
}
