/** Every layout the importer knows, in the order recognition tries them. */
import { attendanceLayout } from './attendance.ts';
import { blocksLayout } from './blocks.ts';
import { clientStatusLayout } from './client-status.ts';
import { contractAcceptanceLayout } from './contract-acceptance.ts';
import { contractBalancesLayout } from './contract-balances.ts';
import { contractsLayout } from './contracts.ts';
import { prospectsLayout } from './prospects.ts';
import { salesLayout } from './sales.ts';

export const layouts = [
  contractBalancesLayout,
  salesLayout,
  contractAcceptanceLayout,
  clientStatusLayout,
  blocksLayout,
  contractsLayout,
  prospectsLayout,
  attendanceLayout,
] as const;

export {
  attendanceLayout,
  blocksLayout,
  clientStatusLayout,
  contractAcceptanceLayout,
  contractBalancesLayout,
  contractsLayout,
  prospectsLayout,
  salesLayout,
};
