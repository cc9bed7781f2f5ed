/**
 * Risk, 0–100, higher is worse: points from explainable rules (DOMAIN.md §2, weights in the studio's
 * settings), each with its pt-BR reason, then ×1,2 in the first 90 days of tenure (new clients leave
 * more easily), capped at 100. Defaults: blocked N days 40 + 3·N (max 60), +10 with overdue payments;
 * expired without renewal N days 35 + N (max 50); expiring in ≤ 7 days 20, ≤ 15 days 10; usage pace
 * < 30 % 25, < 50 % 15; no payment for more than the billing cycle + 10 days 15; no attendance for
 * ≥ 14 days 20; acceptance pending > 2 days 5. Example: blocked 5 days with an overdue payment:
 * 40 + 15 + 10 = 65, "Alto". Reasons are listed strongest rule first; the new-client amplification,
 * which explains the total rather than a cause, always comes last.
 */
import type { StudioSettings } from '../db/studio-settings.ts';
import { formatMoney, formatNumber, formatPercent } from '../domain/brazilian-format.ts';
import { say } from '../prompts/catalog.ts';
import type { ScoredSignals } from './client-signals.ts';

export type RiskCategory = 'Baixo' | 'Médio' | 'Alto' | 'Crítico';

export interface RiskPoint {
  rule: string;
  points: number;
  reason: string;
}

export interface RiskResult {
  risk: number;
  category: RiskCategory;
  /** Strongest first. */
  points: RiskPoint[];
}

const reasons = 'reasons/risk.md';

export function riskCategory(risk: number, categories: StudioSettings['risk']['categories']): RiskCategory {
  if (risk >= categories.critical) return 'Crítico';
  if (risk >= categories.high) return 'Alto';
  if (risk >= categories.medium) return 'Médio';
  return 'Baixo';
}

function rulePoints(signals: ScoredSignals, rules: StudioSettings['risk']['rules']): RiskPoint[] {
  const points: RiskPoint[] = [];
  const add = (rule: string, value: number, reason: string) => points.push({ rule, points: value, reason });

  if (signals.blocked) {
    const days = signals.blockedDays ?? 0;
    add('blocked', Math.min(rules.blockedMax, rules.blockedBase + rules.blockedPerDay * days), signals.blockedDays === null ? say(reasons, 'blocked-undated') : say(reasons, 'blocked', { days }));
    if (signals.overdueCents !== null && signals.overdueCents > 0) {
      add('blocked-overdue', rules.blockedOverdueExtra, say(reasons, 'blocked-overdue', { amount: formatMoney(signals.overdueCents) }));
    }
  }
  if (signals.daysToExpiry !== null && !signals.renewed) {
    const days = signals.daysToExpiry;
    if (days < 0) add('expired', Math.min(rules.expiredMax, rules.expiredBase + rules.expiredPerDay * -days), say(reasons, 'expired', { days: -days }));
    else if (days <= 7) add('expiring-7', rules.expiringWithin7Days, days === 0 ? say(reasons, 'expiring-today') : say(reasons, 'expiring-7', { days }));
    else if (days <= 15) add('expiring-15', rules.expiringWithin15Days, say(reasons, 'expiring-15', { days }));
  }
  if (signals.pace && (signals.daysToExpiry === null || signals.daysToExpiry >= 0)) {
    const { pace, used, expected } = signals.pace;
    const values = { used, expected, percent: formatPercent(pace, 0) };
    if (pace < 0.3) add('pace-30', rules.paceBelow30Percent, say(reasons, 'pace-30', values));
    else if (pace < 0.5) add('pace-50', rules.paceBelow50Percent, say(reasons, 'pace-50', values));
  }
  if (signals.daysSincePayment !== null && signals.billingCycleDays !== null && signals.daysSincePayment > signals.billingCycleDays + rules.noPaymentGraceDays) {
    add('no-payment', rules.noPaymentPoints, say(reasons, 'no-payment', { days: signals.daysSincePayment, cycle: signals.billingCycleDays }));
  }
  if (signals.daysWithoutAttendance !== null && signals.daysWithoutAttendance >= rules.noAttendanceDays) {
    add('no-attendance', rules.noAttendancePoints, say(reasons, 'no-attendance', { days: signals.daysWithoutAttendance }));
  }
  if (signals.acceptancePendingDays !== null && signals.acceptancePendingDays > rules.acceptancePendingDays) {
    add('acceptance-pending', rules.acceptancePendingPoints, say(reasons, 'acceptance-pending', { days: signals.acceptancePendingDays }));
  }
  return points;
}

export function computeRisk(signals: ScoredSignals, settings: StudioSettings['risk']): RiskResult {
  const { rules } = settings;
  const points = rulePoints(signals, rules).sort((a, b) => b.points - a.points);
  let total = points.reduce((sum, point) => sum + point.points, 0);
  if (total > 0 && signals.tenureDays !== null && signals.tenureDays < rules.newClientDays && rules.newClientMultiplier > 1) {
    const extra = Math.round(total * (rules.newClientMultiplier - 1));
    points.push({ rule: 'new-client', points: extra, reason: say(reasons, 'new-client', { days: rules.newClientDays, factor: `${formatNumber(rules.newClientMultiplier)}×` }) });
    total += extra;
  }
  const risk = Math.min(100, Math.round(total));
  return { risk, category: riskCategory(risk, settings.categories), points };
}
