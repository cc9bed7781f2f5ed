/**
 * Which store writes each layout, and in which order within a file: clients and contracts first, so
 * that balances, receipts and attendance find the clients they refer to in the same transaction.
 * Most stores need a sheet's rows all at once (duplicates across rows, a snapshot per client) and get
 * them at the end; receipts, the one sheet that runs to 100,000 rows, are written chunk by chunk.
 */
import type { LayoutRow, LayoutFields } from '../layouts/layout.ts';
import { storeAttendance } from './attendance.ts';
import { storeBlocks } from './blocks.ts';
import { storeClientStatus } from './client-status.ts';
import { storeContractAcceptance } from './contract-acceptance.ts';
import { storeContractBalances } from './contract-balances.ts';
import { storeContractsList } from './contracts-list.ts';
import { storeProspects } from './prospects.ts';
import { salesWriter } from './sales.ts';
import type { SheetWriter, StoreContext, StoreResult } from './store-context.ts';

type Rows = LayoutRow<LayoutFields>[];
type OpenWriter = (context: StoreContext) => SheetWriter;

function wholeSheet(store: (context: StoreContext, rows: Rows) => Promise<StoreResult>): OpenWriter {
  return (context) => {
    const rows: Rows = [];
    return {
      async add(chunk) {
        for (const row of chunk) rows.push(row);
      },
      finish: () => store(context, rows),
    };
  };
}

const writers: Record<string, OpenWriter> = {
  'client-status': wholeSheet(storeClientStatus as never),
  contracts: wholeSheet(storeContractsList as never),
  blocks: wholeSheet(storeBlocks as never),
  prospects: wholeSheet(storeProspects as never),
  'contract-balances': wholeSheet(storeContractBalances as never),
  'contract-acceptance': wholeSheet(storeContractAcceptance as never),
  sales: salesWriter as OpenWriter,
  attendance: wholeSheet(storeAttendance as never),
};

/** The writer for a sheet of layout `layoutId`. */
export function openSheetWriter(layoutId: string, context: StoreContext): SheetWriter {
  return writers[layoutId]!(context);
}

export const storeOrder = Object.keys(writers);
