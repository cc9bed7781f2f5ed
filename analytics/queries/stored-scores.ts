/**
 * A scored day read back: the settings it was scored with, the median monthly value its scores were
 * weighed against, and each client's stored score basis with its stored risk, so that lists can be
 * ranked in SQL and TypeScript and only the clients shown are explained again. Null when the day was
 * not scored (or was scored before scores kept their signals).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { CustomerStatus } from '../../db/schema/index.ts';
import type { ScoringSettings } from '../../db/studio-settings.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { PlaybookId } from '../playbook.ts';
import type { ScoreBasis } from '../score-clients.ts';

export interface StoredScore extends ScoreBasis {
  inBase: boolean;
  risk: number;
}

export interface StoredDay {
  scoringSettings: ScoringSettings;
  medianMonthlyValueCents: number | null;
  scores: StoredScore[];
}

interface Row {
  customer_id: number;
  code: string;
  name: string | null;
  status: CustomerStatus | null;
  in_base: boolean;
  risk: number;
  playbook: PlaybookId | null;
  monthly_value_cents: string | number | null;
  last_contacted_on: string | null;
  blocked: boolean;
  blocked_days: number | null;
  overdue_cents: string | number | null;
  days_to_expiry: number | null;
  renewed: boolean;
  pace: number | null;
  pace_used: number | null;
  pace_expected: number | null;
  days_since_payment: number | null;
  billing_cycle_days: number | null;
  days_without_attendance: number | null;
  acceptance_pending_days: number | null;
  tenure_days: number | null;
  presences: number | null;
  absences: number | null;
}

const number = (value: string | number | null): number | null => (value === null ? null : Number(value));

function storedScore(row: Row): StoredScore {
  return {
    customerId: row.customer_id,
    code: row.code,
    name: row.name,
    status: row.status,
    inBase: row.in_base,
    risk: row.risk,
    signals: {
      blocked: row.blocked,
      blockedDays: row.blocked_days,
      overdueCents: number(row.overdue_cents),
      daysToExpiry: row.days_to_expiry,
      renewed: row.renewed,
      pace: row.pace === null ? null : { pace: Number(row.pace), used: row.pace_used!, expected: Number(row.pace_expected) },
      daysSincePayment: row.days_since_payment,
      billingCycleDays: row.billing_cycle_days,
      daysWithoutAttendance: row.days_without_attendance,
      acceptancePendingDays: row.acceptance_pending_days,
      tenureDays: row.tenure_days,
    },
    attendance: row.presences === null && row.absences === null ? null : { presences: row.presences, absences: row.absences },
    monthlyValueCents: number(row.monthly_value_cents),
    playbook: row.playbook,
    lastContactedOn: row.last_contacted_on,
  };
}

/** The day's scores; with `atRiskFrom`, only those of the active base with at least that risk. */
export async function loadStoredDay(db: PulsoDb, studioId: number, asOf: CalendarDate, { atRiskFrom }: { atRiskFrom?: number } = {}): Promise<StoredDay | null> {
  const [day] = await queryRows<{ scoring_settings: ScoringSettings | null; median: string | number | null }>(
    db,
    sql`select m.scoring_settings,
               (select percentile_cont(0.5) within group (order by s.monthly_value_cents) from customer_scores s
                 where s.studio_id = ${studioId} and s.scored_on = ${asOf} and s.status = 'Ativo') as median
        from studio_metrics m where m.studio_id = ${studioId} and m.metric_on = ${asOf}`,
  );
  if (!day?.scoring_settings) return null;
  const atRisk = atRiskFrom === undefined ? sql`` : sql`and s.in_base and s.risk >= ${atRiskFrom}`;
  const rows = await queryRows<Row>(
    db,
    sql`select s.customer_id, c.code, c.name, s.status, s.in_base, s.risk, s.playbook, s.monthly_value_cents,
               to_char(s.last_contacted_on, 'YYYY-MM-DD') as last_contacted_on, s.blocked, s.blocked_days, s.overdue_cents,
               s.days_to_expiry, s.renewed, s.pace, s.pace_used, s.pace_expected, s.days_since_payment, s.billing_cycle_days,
               s.days_without_attendance, s.acceptance_pending_days, s.tenure_days, s.presences, s.absences
        from customer_scores s join customers c on c.id = s.customer_id
        where s.studio_id = ${studioId} and s.scored_on = ${asOf} ${atRisk}
        order by s.customer_id`,
  );
  return { scoringSettings: day.scoring_settings, medianMonthlyValueCents: number(day.median), scores: rows.map(storedScore) };
}
