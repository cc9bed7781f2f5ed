/** `clientes_ativos`: clients (status, since when) and their status history under the snapshot date. */
import { customerSnapshots } from '../../db/schema/index.ts';
import type { clientStatusLayout } from '../layouts/client-status.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { normalizeName } from '../../domain/person-name.ts';
import { duplicateCodeWarning, duplicatePeopleWarning } from './data-quality.ts';
import { storeCustomers } from './customers.ts';
import { mergeUpsert } from './merge-upsert.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof clientStatusLayout)['fields']>;

/** Same normalised name under different Códigos: probably one person registered twice. */
function samePersonDifferentCodes(rows: Row[]): { name: string; codes: string[] }[] {
  const codesByName = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.name || !row.code) continue;
    const key = normalizeName(row.name);
    codesByName.set(key, (codesByName.get(key) ?? new Set()).add(row.code));
  }
  return [...codesByName.entries()].filter(([, codes]) => codes.size > 1).map(([name, codes]) => ({ name, codes: [...codes] }));
}

export async function storeClientStatus(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(
    context,
    rows.map((row) => ({ code: row.code!, name: row.name, customerSince: row.customerSince, status: row.status })),
  );
  const lastRowPerCode = new Map(rows.map((row) => [row.code!, row]));
  await mergeUpsert(
    context.db,
    customerSnapshots,
    [...lastRowPerCode.values()].map((row) => ({
      studioId: context.studioId,
      customerId: customers.ids.get(row.code!)!,
      snapshotOn: context.snapshotOn,
      status: row.status,
      continuityMonths: row.continuityMonths,
      contractCount: row.contracts,
      importId: context.importId,
    })),
    { target: [customerSnapshots.customerId, customerSnapshots.snapshotOn], merge: ['status', 'continuityMonths', 'contractCount'] },
  );
  return {
    counts: customers.counts,
    warnings: [...duplicateCodeWarning(customers.duplicateCodes), ...duplicatePeopleWarning(samePersonDifferentCodes(rows))],
  };
}
