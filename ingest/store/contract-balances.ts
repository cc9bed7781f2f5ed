/** `venc_ctr`: the balances of each contract under the snapshot date; counts are of those balances. */
import type { contractBalancesLayout } from '../layouts/contract-balances.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { storeContracts } from './contracts.ts';
import { storeCustomers } from './customers.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof contractBalancesLayout)['fields']>;

export async function storeContractBalances(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(context, rows.map((row) => ({ code: row.code!, name: row.name })));
  const { snapshots } = await storeContracts(
    context,
    rows.map((row) => ({
      contract: { customerId: customers.ids.get(row.code!)!, code: row.code!, plan: row.plan!, endsOn: row.endsOn },
      snapshot: {
        weeklyContracted: row.weeklyContracted,
        weeklyUsed: row.weeklyUsed,
        weeklyAvailable: row.weeklyAvailable,
        totalContracted: row.totalContracted,
        totalUsed: row.totalUsed,
        totalAvailable: row.totalAvailable,
      },
    })),
  );
  return { counts: snapshots, warnings: [] };
}
