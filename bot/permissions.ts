/**
 * Which staff role may run which staff command (DOMAIN.md §5): the owner and managers see everything;
 * the front desk sees clients, renewals, the funnel and the conversations it handles, but not revenue
 * or the consultants' league; marketing sees the funnel. Clients and leads run no staff command.
 */
import type { StaffRole } from '../db/schema/staff.ts';
import { staffIntents, type IntentId, type StaffIntent } from './intents/intent.ts';
import type { SenderRole } from './context.ts';

const frontDesk: StaffIntent[] = ['risk-today', 'client-card', 'renewals', 'blocked', 'funnel', 'help', 'record-outcome', 'take-over', 'give-back', 'more'];

export const staffPermissions: Record<StaffRole, readonly StaffIntent[]> = {
  owner: staffIntents,
  manager: staffIntents,
  secretary: frontDesk,
  marketing: ['funnel', 'help', 'more'],
};

export function isStaffIntent(intent: IntentId): intent is StaffIntent {
  return (staffIntents as readonly string[]).includes(intent);
}

export function mayRun(role: SenderRole, intent: IntentId): boolean {
  if (!isStaffIntent(intent)) return true;
  return role !== 'client' && role !== 'lead' && staffPermissions[role].includes(intent);
}
