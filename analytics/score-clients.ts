/**
 * The clients' half of the daily snapshot: for every client not cancelled or excluded, health with its
 * components, risk with its rules' points and reasons, and today's playbook. Risk rules apply to the
 * active base (Ativo, Bloqueado, Cliente Pass, or a contract that ended within the renewal-call
 * window); a long-lapsed client or a prospect is not "at risk" but may still have a playbook (a trial
 * or a silent lead), and lapsed clients feed win-back lists instead.
 */
import type { ScoringSettings } from '../db/studio-settings.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { AttendanceCounts, ClientFacts } from './client-facts.ts';
import { clientSignals, scoredSignals, type ScoredSignals } from './client-signals.ts';
import { computeHealth, type HealthBand, type HealthComponentScore } from './health/health.ts';
import { median } from './median.ts';
import { monthlyValueCents } from './monthly-value.ts';
import { renewalCallWindowDays, suggestPlaybook, type PlaybookId } from './playbook.ts';
import { computeRisk, type RiskCategory, type RiskPoint } from './risk.ts';

/**
 * What a client's score is computed from, and what is stored of it: with the day's scoring settings
 * and median monthly value, `explainScore` gives the whole score back, reasons included.
 */
export interface ScoreBasis {
  customerId: number;
  code: string;
  name: string | null;
  status: ClientFacts['status'];
  signals: ScoredSignals;
  attendance: AttendanceCounts | null;
  monthlyValueCents: number | null;
  /** Chosen from facts beyond the signals (trials, leads, the previous pace), so kept as chosen. */
  playbook: PlaybookId | null;
  lastContactedOn: CalendarDate | null;
}

export interface ClientScore extends ScoreBasis {
  inBase: boolean;
  health: number | null;
  healthBand: HealthBand | null;
  healthComponents: HealthComponentScore[];
  risk: number;
  riskCategory: RiskCategory;
  riskPoints: RiskPoint[];
  /** From the signals, for the studio's counts: blocked, days to expiry, renewal, usage pace. */
  blocked: boolean;
  blockedDays: number | null;
  daysToExpiry: number | null;
  renewed: boolean;
  pace: number | null;
}

const activeStatuses = new Set(['Ativo', 'Bloqueado', 'Cliente Pass']);

export function inActiveBase(facts: Pick<ClientFacts, 'status'>, signals: Pick<ScoredSignals, 'daysToExpiry'>): boolean {
  if (facts.status && activeStatuses.has(facts.status)) return true;
  return signals.daysToExpiry !== null && signals.daysToExpiry >= -renewalCallWindowDays && facts.status !== 'Prospect';
}

/** The median monthly value of the active clients, against which each client's value is weighed. */
export function medianMonthlyValue(clients: Pick<ScoreBasis, 'status' | 'monthlyValueCents'>[]): number | null {
  return median(clients.filter((client) => client.monthlyValueCents !== null && client.status === 'Ativo').map((client) => client.monthlyValueCents!));
}

/**
 * A client's health and risk, with their explanations, from what its score is computed from. The
 * basis is copied field by field: spreading it made scoring 100,000 clients several times slower.
 */
export function explainScore(basis: ScoreBasis, medianMonthlyValueCents: number | null, settings: ScoringSettings): ClientScore {
  const { signals } = basis;
  const inBase = inActiveBase(basis, signals);
  const health = computeHealth(basis, signals, { monthlyValueCents: basis.monthlyValueCents, medianMonthlyValueCents }, settings);
  const risk = inBase ? computeRisk(signals, settings.risk) : { risk: 0, category: 'Baixo' as const, points: [] };
  return {
    customerId: basis.customerId,
    code: basis.code,
    name: basis.name,
    status: basis.status,
    signals,
    attendance: basis.attendance,
    monthlyValueCents: basis.monthlyValueCents,
    playbook: basis.playbook,
    lastContactedOn: basis.lastContactedOn,
    inBase,
    health: health.health,
    healthBand: health.band,
    healthComponents: health.components,
    risk: risk.risk,
    riskCategory: risk.category,
    riskPoints: risk.points,
    blocked: signals.blocked,
    blockedDays: signals.blockedDays,
    daysToExpiry: signals.daysToExpiry,
    renewed: signals.renewed,
    pace: signals.pace?.pace ?? null,
  };
}

/** The report's counts, or null when it gives none. */
function attendanceCounts(report: ClientFacts['attendance']): AttendanceCounts | null {
  if (!report || (report.presences === null && report.absences === null)) return null;
  return { presences: report.presences, absences: report.absences };
}

export function scoreClients(facts: ClientFacts[], settings: ScoringSettings, asOf: CalendarDate): ClientScore[] {
  const bases = facts
    .filter((client) => client.status !== 'Cancelado' && client.status !== 'Excluído')
    .map((client): ScoreBasis => {
      const signals = clientSignals(client, asOf);
      return {
        customerId: client.customerId,
        code: client.code,
        name: client.name,
        status: client.status,
        signals: scoredSignals(signals),
        attendance: attendanceCounts(client.attendance),
        monthlyValueCents: monthlyValueCents(client.contract),
        playbook: suggestPlaybook(client, signals, asOf),
        lastContactedOn: client.lastContactedOn,
      };
    });
  const medianMonthly = medianMonthlyValue(bases);
  return bases.map((basis) => explainScore(basis, medianMonthly, settings));
}
