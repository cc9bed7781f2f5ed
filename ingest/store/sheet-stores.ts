/**
 * Which store writes each layout, and in which order within a file: clients and contracts first, so
 * that balances, receipts and attendance find the clients they refer to in the same transaction.
 */
import type { LayoutRow, LayoutFields } from '../layouts/layout.ts';
import { storeAttendance } from './attendance.ts';
import { storeBlocks } from './blocks.ts';
import { storeClientStatus } from './client-status.ts';
import { storeContractAcceptance } from './contract-acceptance.ts';
import { storeContractBalances } from './contract-balances.ts';
import { storeContractsList } from './contracts-list.ts';
import { storeProspects } from './prospects.ts';
import { storeSales } from './sales.ts';
import type { StoreContext, StoreResult } from './store-context.ts';

type SheetStore = (context: StoreContext, rows: LayoutRow<LayoutFields>[]) => Promise<StoreResult>;

export const sheetStores: Record<string, SheetStore> = {
  'client-status': storeClientStatus as SheetStore,
  contracts: storeContractsList as SheetStore,
  blocks: storeBlocks as SheetStore,
  prospects: storeProspects as SheetStore,
  'contract-balances': storeContractBalances as SheetStore,
  'contract-acceptance': storeContractAcceptance as SheetStore,
  sales: storeSales as SheetStore,
  attendance: storeAttendance as SheetStore,
};

export const storeOrder = Object.keys(sheetStores);
