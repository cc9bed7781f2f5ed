/**
 * The frequency report names students only. Each name is matched to clients by its normalised form:
 * exactly one client → linked; several → "ambiguous"; none → "unmatched". Both are stored unlinked and
 * reported by name, never guessed.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { attendance, customers } from '../../db/schema/index.ts';
import { addDays } from '../../domain/calendar-date.ts';
import type { attendanceLayout } from '../layouts/attendance.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { normalizeName } from '../../domain/person-name.ts';
import { mergeUpsert } from './merge-upsert.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof attendanceLayout)['fields']>;

/** A frequency report covers a month when its title does not say otherwise. */
const defaultPeriodDays = 30;

function listNames(names: string[]): string {
  const shown = names.slice(0, 8).join(', ');
  return names.length > 8 ? `${shown} e mais ${names.length - 8}` : shown;
}

export async function storeAttendance(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const { db, studioId } = context;
  const periodEnd = context.period?.end ?? context.snapshotOn;
  const periodStart = context.period?.start ?? addDays(periodEnd, -(defaultPeriodDays - 1));
  const warnings: string[] = [];
  if (!context.period?.start) {
    warnings.push(`o título do relatório não diz o período; considerado de ${periodStart} a ${periodEnd}`);
  }

  const known = await db
    .select({ id: customers.id, normalizedName: customers.normalizedName })
    .from(customers)
    .where(and(eq(customers.studioId, studioId), isNotNull(customers.normalizedName)));
  const idsByName = new Map<string, number[]>();
  for (const { id, normalizedName } of known) idsByName.set(normalizedName!, [...(idsByName.get(normalizedName!) ?? []), id]);

  const occurrences = new Map<string, number>();
  for (const row of rows) {
    const key = normalizeName(row.student!);
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  }
  const repeated = [...occurrences.entries()].filter(([, count]) => count > 1).map(([name]) => name);
  const seen = new Map<string, number>();
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  const records = rows.map((row) => {
    const normalizedName = normalizeName(row.student!);
    const occurrence = (seen.get(normalizedName) ?? 0) + 1;
    seen.set(normalizedName, occurrence);
    const ids = idsByName.get(normalizedName) ?? [];
    // A name that appears twice in one report belongs to two people: neither row can be attributed.
    const match = ids.length === 1 && !repeated.includes(normalizedName) ? 'matched' : ids.length === 0 ? 'unmatched' : 'ambiguous';
    if (match === 'unmatched') unmatched.push(row.student!);
    if (match === 'ambiguous') ambiguous.push(row.student!);
    return {
      studioId,
      customerId: match === 'matched' ? ids[0]! : null,
      studentName: row.student!,
      normalizedName,
      occurrence,
      match,
      periodStart,
      periodEnd,
      fixedSchedule: row.fixedSchedule,
      dropIn: row.dropIn,
      makeUp: row.makeUp,
      prospect: row.prospect,
      gympass: row.gympass,
      total: row.total,
      noAction: row.noAction,
      presences: row.presences,
      absences: row.absences,
      importId: context.importId,
    } as const;
  });
  const counts = await mergeUpsert(db, attendance, records, {
    target: [attendance.studioId, attendance.normalizedName, attendance.occurrence, attendance.periodStart, attendance.periodEnd],
    merge: ['customerId', 'match', 'fixedSchedule', 'dropIn', 'makeUp', 'prospect', 'gympass', 'total', 'noAction', 'presences', 'absences'],
  });
  if (unmatched.length) warnings.push(`${unmatched.length} ${unmatched.length === 1 ? 'nome sem cliente correspondente' : 'nomes sem cliente correspondente'}: ${listNames(unmatched)}`);
  if (ambiguous.length) warnings.push(`${ambiguous.length} ${ambiguous.length === 1 ? 'nome que corresponde' : 'nomes que correspondem'} a mais de um cliente: ${listNames(ambiguous)}`);
  if (repeated.length) warnings.push(`nomes que aparecem mais de uma vez no relatório (guardados sem vínculo a cliente): ${listNames(repeated)}`);
  return { counts, warnings };
}
