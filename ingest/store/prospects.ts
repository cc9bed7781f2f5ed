/**
 * The prospects sheet: leads with their consultant, visit and first contract. An import only ever moves
 * a lead forward in the funnel (the bot may know more than the export), never back.
 */
import { sql } from 'drizzle-orm';
import { leads, leadStages, type LeadStage } from '../../db/schema/index.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import type { prospectsLayout } from '../layouts/prospects.ts';
import { displayName } from '../../domain/person-name.ts';
import { storeCustomers } from './customers.ts';
import { invalidPhoneWarning } from './data-quality.ts';
import { mergeUpsert } from './merge-upsert.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof prospectsLayout)['fields']>;

/** What the export says of the funnel: a first contract or an active client = enrolled; appointments = booked. */
export function stageFromProspect(row: Pick<Row, 'status' | 'firstContract' | 'appointments'>): LeadStage {
  if (row.firstContract || row.status === 'Ativo' || row.status === 'Bloqueado') return 'matriculou';
  if ((row.appointments ?? 0) > 0) return 'agendou';
  return 'novo';
}

const stageOrder = sql.raw(`array[${leadStages.map((stage) => `'${stage}'`).join(',')}]`);

export async function storeProspects(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(
    context,
    rows.map((row) => ({ code: row.code!, name: row.name, phone: row.contacts?.phones[0] ?? null, contactsRaw: row.contacts?.raw ?? null, status: row.status })),
  );
  const lastRowPerCode = new Map(rows.map((row) => [row.code!, row]));
  const stageIsFurther = sql`array_position(${stageOrder}, excluded.stage) > array_position(${stageOrder}, ${leads.stage})`;
  const counts = await mergeUpsert(
    context.db,
    leads,
    [...lastRowPerCode.values()].map((row) => ({
      studioId: context.studioId,
      code: row.code!,
      phone: row.contacts?.phones[0] ?? null,
      name: row.name ? displayName(row.name) : null,
      customerId: customers.ids.get(row.code!)!,
      stage: stageFromProspect(row),
      origin: row.origin,
      consultant: row.consultant,
      firstContract: row.firstContract,
      firstContractCents: row.value,
      visitType: row.visitType,
      appointments: row.appointments,
      prospectOn: row.prospectAt?.date ?? null,
      importId: context.importId,
    })),
    {
      target: [leads.studioId, leads.code],
      targetWhere: sql`${leads.code} is not null`,
      merge: ['name', 'origin', 'consultant', 'firstContract', 'firstContractCents', 'visitType', 'appointments', 'prospectOn', 'stage'],
      custom: {
        stage: { set: sql`case when ${stageIsFurther} then excluded.stage else ${leads.stage} end`, changed: stageIsFurther },
      },
      onUpdate: { updatedAt: sql`now()` },
    },
  );
  const invalidPhones = rows.flatMap((row) => (row.contacts?.invalid ?? []).map((phone) => ({ row: row.sourceRow, detail: phone })));
  return { counts, warnings: invalidPhoneWarning(invalidPhones) };
}
