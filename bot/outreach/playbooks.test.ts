import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { playbookIds } from '../../analytics/playbook.ts';
import { defaultStudioSettings } from '../../db/studio-settings.ts';
import { playbooks, sendsAutomatically } from './playbooks.ts';

it('defines every playbook of DOMAIN.md §3 with its template, and sends nothing to clients until enabled', () => {
  expect(playbooks.map((playbook) => playbook.id)).toEqual([...playbookIds]);
  for (const { id } of playbooks) expect(existsSync(new URL(`../../prompts/playbook-messages/${id}.md`, import.meta.url)), id).toBe(true);
  const automated = playbooks.filter((playbook) => playbook.actor === 'automated').map((playbook) => playbook.id);
  expect(automated).toEqual(['expires-within-15-days', 'acceptance-pending-48h', 'trial-without-plan', 'lead-silent']);
  expect(playbooks.find((playbook) => playbook.id === 'trial-without-plan')!.followUpDays).toEqual([1, 3, 7]);
  expect(playbooks.find((playbook) => playbook.id === 'blocked-15-plus-days')).toMatchObject({ actor: 'owner', deadlineHours: 168 });
  const settings = defaultStudioSettings();
  expect(automated.filter((id) => sendsAutomatically(id, settings))).toEqual([]);
  expect(sendsAutomatically('trial-without-plan', { playbooks: { 'trial-without-plan': true } })).toBe(true);
  expect(sendsAutomatically('blocked-0-3-days', { playbooks: { 'blocked-0-3-days': true } })).toBe(false);
});
