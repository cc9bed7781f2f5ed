/** The contracts sheet: every contract's value, period and latest status; counts are of contracts. */
import type { contractsLayout } from '../layouts/contracts.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { storeContracts } from './contracts.ts';
import { storeCustomers } from './customers.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof contractsLayout)['fields']>;

export async function storeContractsList(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(
    context,
    rows.map((row) => ({ code: row.code!, name: row.name, status: row.customerStatus, emailValid: row.emailValid })),
  );
  const written = await storeContracts(
    context,
    rows.map((row) => ({
      contract: {
        customerId: customers.ids.get(row.code!)!,
        code: row.code!,
        plan: row.plan!,
        valueCents: row.value,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        status: row.status,
      },
      snapshot: null,
    })),
  );
  return { counts: written.contracts, warnings: [] };
}
