/** `aceite_ctr`: whether each client accepted their contract, under the snapshot date. */
import { contractAcceptances } from '../../db/schema/index.ts';
import { instantAt } from '../../domain/zoned-time.ts';
import type { contractAcceptanceLayout } from '../layouts/contract-acceptance.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { storeCustomers } from './customers.ts';
import { mergeUpsert } from './merge-upsert.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof contractAcceptanceLayout)['fields']>;

export async function storeContractAcceptance(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(context, rows.map((row) => ({ code: row.code!, name: row.name })));
  const byKey = new Map(rows.map((row) => [`${row.code}|${row.contract}`, row]));
  const counts = await mergeUpsert(
    context.db,
    contractAcceptances,
    [...byKey.values()].map((row) => ({
      studioId: context.studioId,
      customerId: customers.ids.get(row.code!)!,
      snapshotOn: context.snapshotOn,
      contractName: row.contract!,
      lastAcceptedAt: row.lastAcceptedAt ? instantAt(row.lastAcceptedAt.date, row.lastAcceptedAt.time, context.timeZone) : null,
      version: row.version,
      status: row.status,
      resendAvailable: row.resend === null ? null : !/^n(ao|ão)?$/i.test(row.resend),
      importId: context.importId,
    })),
    {
      target: [contractAcceptances.customerId, contractAcceptances.contractName, contractAcceptances.snapshotOn],
      merge: ['lastAcceptedAt', 'version', 'status', 'resendAvailable'],
    },
  );
  return { counts, warnings: [] };
}
