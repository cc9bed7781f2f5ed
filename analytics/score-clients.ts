/**
 * The clients' half of the daily snapshot: for every client not cancelled or excluded, health with its
 * components, risk with its rules' points and reasons, and today's playbook. Risk rules apply to the
 * active base (Ativo, Bloqueado, Cliente Pass, or a contract that ended within the renewal-call
 * window); a long-lapsed client or a prospect is not "at risk" but may still have a playbook (a trial
 * or a silent lead), and lapsed clients feed win-back lists instead.
 */
import type { HealthComponentScore, RiskPoint } from '../db/schema/index.ts';
import type { StudioSettings } from '../db/studio-settings.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { ClientFacts } from './client-facts.ts';
import { clientSignals, type ClientSignals } from './client-signals.ts';
import { computeHealth, type HealthBand } from './health/health.ts';
import { median } from './median.ts';
import { monthlyValueCents } from './monthly-value.ts';
import { renewalCallWindowDays, suggestPlaybook, type PlaybookId } from './playbook.ts';
import { computeRisk, type RiskCategory } from './risk.ts';

export interface ClientScore {
  customerId: number;
  code: string;
  name: string | null;
  status: ClientFacts['status'];
  inBase: boolean;
  health: number | null;
  healthBand: HealthBand | null;
  healthComponents: HealthComponentScore[];
  risk: number;
  riskCategory: RiskCategory;
  riskPoints: RiskPoint[];
  playbook: PlaybookId | null;
  monthlyValueCents: number | null;
  lastContactedOn: CalendarDate | null;
  /** From the signals, for the studio's counts: blocked, days to expiry, renewal, usage pace. */
  blocked: boolean;
  blockedDays: number | null;
  daysToExpiry: number | null;
  renewed: boolean;
  pace: number | null;
}

const activeStatuses = new Set(['Ativo', 'Bloqueado', 'Cliente Pass']);

export function inActiveBase(facts: ClientFacts, signals: ClientSignals): boolean {
  if (facts.status && activeStatuses.has(facts.status)) return true;
  return signals.daysToExpiry !== null && signals.daysToExpiry >= -renewalCallWindowDays && facts.status !== 'Prospect';
}

export function scoreClients(facts: ClientFacts[], settings: StudioSettings, asOf: CalendarDate): ClientScore[] {
  const scored = facts.filter((client) => client.status !== 'Cancelado' && client.status !== 'Excluído');
  const withSignals = scored.map((client) => ({ client, signals: clientSignals(client, asOf), monthly: monthlyValueCents(client.contract) }));
  const medianMonthly = median(withSignals.filter(({ client, monthly }) => monthly !== null && client.status === 'Ativo').map(({ monthly }) => monthly!));
  return withSignals.map(({ client, signals, monthly }) => {
    const inBase = inActiveBase(client, signals);
    const health = computeHealth(client, signals, { monthlyValueCents: monthly, medianMonthlyValueCents: medianMonthly }, settings);
    const risk = inBase ? computeRisk(signals, settings.risk) : { risk: 0, category: 'Baixo' as const, points: [] };
    return {
      customerId: client.customerId,
      code: client.code,
      name: client.name,
      status: client.status,
      inBase,
      health: health.health,
      healthBand: health.band,
      healthComponents: health.components,
      risk: risk.risk,
      riskCategory: risk.category,
      riskPoints: risk.points,
      playbook: suggestPlaybook(client, signals, asOf),
      monthlyValueCents: monthly,
      lastContactedOn: client.lastContactedOn,
      blocked: signals.blocked,
      blockedDays: signals.blockedDays,
      daysToExpiry: signals.daysToExpiry,
      renewed: signals.renewed,
      pace: signals.pace?.pace ?? null,
    };
  });
}
