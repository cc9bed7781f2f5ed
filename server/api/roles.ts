/**
 * Who may call what (DOMAIN.md §5, as the bot already splits it): money and models are the owner's and
 * the manager's; the front desk works the client lists; marketing sees the funnel and the bot's
 * numbers, no personal data; erasure and settings changes are the owner's alone.
 */
import type { StaffRole } from '../../db/schema/index.ts';

export const everyone: readonly StaffRole[] = ['owner', 'manager', 'secretary', 'marketing'];
export const management: readonly StaffRole[] = ['owner', 'manager'];
export const frontDesk: readonly StaffRole[] = ['owner', 'manager', 'secretary'];
export const ownerOnly: readonly StaffRole[] = ['owner'];
