import { expect, it } from 'vitest';
import { defaultStudioSettings } from '../../db/studio-settings.ts';
import type { Studio } from '../../db/studio.ts';
import { dueClientMessages } from './client-messages.ts';
import type { PlaybookClient } from './playbook-clients.ts';

const studio: Studio = { id: 1, slug: 'principal', name: 'Estúdio', timeZone: 'America/Sao_Paulo', settings: { ...defaultStudioSettings(), playbooks: { 'trial-without-plan': true, 'expires-within-15-days': true } } };
const now = new Date('2026-11-24T11:00:00Z');
const client = (customerId: number, changes: Partial<PlaybookClient>): PlaybookClient => ({
  customerId, code: String(1000 + customerId), name: 'Ana Reis', phone: '+5511912345678', playbook: 'trial-without-plan', risk: 10, reasons: [], message: 'Oi, Ana!',
  contractEndsOn: null, acceptancePendingSince: null, trialOn: null, followingUp: false, ...changes,
});

it('sends trial follow-ups on D+1, D+3 and D+7 only, one renewal reminder per contract end, and reports what it will not send', () => {
  const due = dueClientMessages(
    [
      client(1, { trialOn: '2026-11-23' }),
      client(2, { trialOn: '2026-11-22' }),
      client(3, { trialOn: '2026-11-21' }),
      client(4, { trialOn: '2026-11-17' }),
      client(5, { playbook: 'expires-within-15-days', contractEndsOn: '2026-12-02' }),
      client(6, { playbook: 'expires-within-15-days', contractEndsOn: '2026-12-02', phone: null }),
      client(7, { playbook: 'acceptance-pending-48h', acceptancePendingSince: '2026-11-20' }),
      client(8, { playbook: 'blocked-0-3-days' }),
    ],
    studio,
    '2026-11-24',
    now,
  );
  expect(due.map(({ client: { customerId }, planned }) => [customerId, planned.kind === 'queue' ? planned.message.idempotencyKey : planned.reason])).toEqual([
    [1, 'trial-without-plan:customer:1:trial:2026-11-23:d1'],
    [3, 'trial-without-plan:customer:3:trial:2026-11-21:d3'],
    [4, 'trial-without-plan:customer:4:trial:2026-11-17:d7'],
    [5, 'expires-within-15-days:customer:5:contract-ends:2026-12-02'],
    [6, 'no-phone'],
    [7, 'playbook-disabled'],
  ]);
  const [first] = due;
  expect(first!.planned).toMatchObject({ kind: 'queue', message: { channel: 'whatsapp', recipient: '5511912345678@s.whatsapp.net', audience: 'client', dueAt: now, customerId: 1 } });
});
