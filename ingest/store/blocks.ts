/** The blocks report: clients' contacts, and who is blocked since when, under the snapshot date. */
import { blocks } from '../../db/schema/index.ts';
import type { blocksLayout } from '../layouts/blocks.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import { storeCustomers } from './customers.ts';
import { duplicateCodeWarning, invalidEmailWarning, invalidPhoneWarning } from './data-quality.ts';
import { mergeUpsert } from './merge-upsert.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type Row = LayoutRow<(typeof blocksLayout)['fields']>;

export async function storeBlocks(context: StoreContext, rows: Row[]): Promise<StoreResult> {
  const customers = await storeCustomers(
    context,
    rows.map((row) => ({
      code: row.code!,
      name: row.name,
      phone: row.contacts?.phones[0] ?? null,
      contactsRaw: row.contacts?.raw ?? null,
      email: row.email?.email ?? null,
      emailValid: row.email?.valid ?? null,
      status: row.status,
    })),
  );
  const lastRowPerCode = new Map(rows.map((row) => [row.code!, row]));
  const counts = await mergeUpsert(
    context.db,
    blocks,
    [...lastRowPerCode.values()].map((row) => ({
      studioId: context.studioId,
      customerId: customers.ids.get(row.code!)!,
      snapshotOn: context.snapshotOn,
      customerStatus: row.status,
      blockedOn: row.blockedOn,
      daysBlocked: row.daysBlocked,
      overdueCents: row.overdue,
      importId: context.importId,
    })),
    { target: [blocks.customerId, blocks.snapshotOn], merge: ['customerStatus', 'blockedOn', 'daysBlocked', 'overdueCents'] },
  );
  const invalidEmails = rows.filter((row) => row.email && !row.email.valid).map((row) => ({ row: row.sourceRow, detail: row.email!.email }));
  const invalidPhones = rows.flatMap((row) => (row.contacts?.invalid ?? []).map((phone) => ({ row: row.sourceRow, detail: phone })));
  return {
    counts,
    warnings: [...duplicateCodeWarning(customers.duplicateCodes), ...invalidEmailWarning(invalidEmails), ...invalidPhoneWarning(invalidPhones)],
  };
}
