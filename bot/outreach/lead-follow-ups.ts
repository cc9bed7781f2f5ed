/**
 * DOMAIN.md §3, "lead silent": a short, human follow-up on D+1, D+3 and D+7 after the lead last wrote
 * (or, for a lead from the sales funnel export, after it became a prospect), then stop. Only leads
 * still at "novo" or "engajado", with a phone, not opted out, not erased and not being handled by a
 * person; a lead who writes again starts a new count.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import type { Studio } from '../../db/studio.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { firstName } from '../../domain/person-name.ts';
import { maskPhone } from '../../domain/phone.ts';
import { fill, template } from '../../prompts/catalog.ts';
import type { PlannedMessage } from './planned-message.ts';
import { playbookDefinition, sendsAutomatically } from './playbooks.ts';
import { whatsappAddress } from '../../domain/chat-address.ts';

export interface SilentLead {
  leadId: number;
  code: string | null;
  name: string | null;
  phone: string;
  silentSince: CalendarDate;
  silentDays: number;
}

export async function silentLeadsDue(db: PulsoDb, studio: Studio, today: CalendarDate): Promise<SilentLead[]> {
  const days = playbookDefinition('lead-silent').followUpDays ?? [];
  const rows = await queryRows<{ id: number; code: string | null; name: string | null; phone: string; since: string; days: number }>(
    db,
    sql`select l.id, l.code, l.name, l.phone, to_char(s.since, 'YYYY-MM-DD') as since, (${today}::date - s.since) as days
        from leads l
        cross join lateral (select coalesce((l.last_inbound_at at time zone ${studio.timeZone})::date, l.prospect_on) as since) s
        where l.studio_id = ${studio.id} and l.stage in ('novo', 'engajado') and l.phone is not null
          and l.opted_out_at is null and l.erased_at is null and s.since is not null
          and (${today}::date - s.since) in (${sql.join(days.map((day) => sql`${day}`), sql`, `)})
          and not exists (select 1 from conversations c where c.lead_id = l.id and c.handled_by = 'staff')
        order by l.id`,
  );
  return rows.map((row) => ({ leadId: row.id, code: row.code, name: row.name, phone: row.phone, silentSince: row.since, silentDays: Number(row.days) }));
}

export function leadFollowUpText(lead: Pick<SilentLead, 'name'>, studio: Pick<Studio, 'name'>): string {
  return lead.name
    ? fill(template('playbook-messages/lead-silent.md'), { firstName: firstName(lead.name), studio: studio.name })
    : fill(template('playbook-messages/lead-silent-no-name.md'), { studio: studio.name });
}

export function leadFollowUps(leads: SilentLead[], studio: Studio, now: Date): PlannedMessage[] {
  const enabled = sendsAutomatically('lead-silent', studio.settings);
  return leads.map((lead): PlannedMessage => {
    const text = leadFollowUpText(lead, studio);
    if (!enabled) return { kind: 'skip', purpose: 'lead-silent', audience: 'lead', to: maskPhone(lead.phone), reason: 'playbook-disabled', text };
    return {
      kind: 'queue',
      text,
      message: {
        idempotencyKey: `lead-silent:lead:${lead.leadId}:${lead.silentSince}:d${lead.silentDays}`,
        channel: 'whatsapp',
        recipient: whatsappAddress(lead.phone),
        audience: 'lead',
        purpose: 'lead-silent',
        payload: { kind: 'text', text },
        dueAt: now,
        leadId: lead.leadId,
      },
    };
  });
}
