/**
 * The playbooks of DOMAIN.md §3 as data: who acts (a staff task in the front desk's alert, or an
 * automated message to the client), the deadline, and, for automated follow-ups, the days after the
 * trigger on which a message goes. Triggers are `suggestPlaybook` over the daily snapshot; each ready
 * message is prompts/playbook-messages/<id>.md, filled with the offers in the studio's settings.
 */
import { playbookIds, type PlaybookId } from '../../analytics/playbook.ts';
import type { StudioSettings } from '../../db/studio-settings.ts';

export type PlaybookActor = 'front-desk' | 'owner' | 'consultant' | 'automated';

export interface PlaybookDefinition {
  id: PlaybookId;
  actor: PlaybookActor;
  /** Hours the staff have to act (null: a reminder with no task behind it). */
  deadlineHours: number | null;
  /**
   * For automated playbooks, the days since the trigger on which a message goes (null: once per
   * occurrence, e.g. once per contract end).
   */
  followUpDays: readonly number[] | null;
}

const definitions: Record<PlaybookId, Omit<PlaybookDefinition, 'id'>> = {
  'blocked-0-3-days': { actor: 'front-desk', deadlineHours: 24, followUpDays: null },
  'blocked-4-7-days': { actor: 'front-desk', deadlineHours: 48, followUpDays: null },
  'blocked-8-14-days': { actor: 'front-desk', deadlineHours: 72, followUpDays: null },
  'blocked-15-plus-days': { actor: 'owner', deadlineHours: 7 * 24, followUpDays: null },
  'expired-without-renewal': { actor: 'front-desk', deadlineHours: 48, followUpDays: null },
  'expires-within-7-days-low-use': { actor: 'front-desk', deadlineHours: 48, followUpDays: null },
  'usage-pace-below-40-percent': { actor: 'front-desk', deadlineHours: 48, followUpDays: null },
  'expires-within-15-days': { actor: 'automated', deadlineHours: null, followUpDays: null },
  'acceptance-pending-48h': { actor: 'automated', deadlineHours: null, followUpDays: null },
  'gympass-8-plus-presences': { actor: 'consultant', deadlineHours: 7 * 24, followUpDays: null },
  'trial-without-plan': { actor: 'automated', deadlineHours: 24, followUpDays: [1, 3, 7] },
  'lead-silent': { actor: 'automated', deadlineHours: null, followUpDays: [1, 3, 7] },
};

export const playbooks: readonly PlaybookDefinition[] = playbookIds.map((id) => ({ id, ...definitions[id] }));

export function playbookDefinition(id: PlaybookId): PlaybookDefinition {
  return { id, ...definitions[id] };
}

export function isAutomated(id: PlaybookId): boolean {
  return definitions[id].actor === 'automated';
}

/**
 * Whether the studio lets Pulso message clients for this playbook itself. Off until the owner turns
 * it on (`pulso playbooks enable`): unsolicited automation can get a WhatsApp number banned.
 */
export function sendsAutomatically(id: PlaybookId, settings: Pick<StudioSettings, 'playbooks'>): boolean {
  return isAutomated(id) && settings.playbooks[id] === true;
}
