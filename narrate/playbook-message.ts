/**
 * The ready message a playbook suggests for one client: the playbook's template in
 * prompts/playbook-messages, filled with the client's first name, the studio's name, the offer from the
 * studio's settings and the dates that matter. The front desk sends it as is or adapts it.
 */
import type { StudioSettings } from '../db/studio-settings.ts';
import type { PlaybookId } from '../analytics/playbook.ts';
import { addDays, type CalendarDate } from '../domain/calendar-date.ts';
import { formatDate, formatPercent } from '../domain/brazilian-format.ts';
import { firstName } from '../domain/person-name.ts';
import { fill, template } from '../prompts/catalog.ts';

export interface MessageSubject {
  name: string | null;
  daysToExpiry: number | null;
}

function discount(playbook: PlaybookId, offers: StudioSettings['playbookOffers']): number | null {
  if (playbook === 'blocked-4-7-days') return offers.blocked4to7DaysDiscountPercent;
  if (playbook === 'blocked-8-14-days') return offers.blocked8to14DaysDiscountPercent;
  if (playbook === 'blocked-15-plus-days') return offers.blocked15PlusDaysDiscountPercent;
  return null;
}

/** Null for a client without a name (erased under LGPD): a message must never greet no one. */
export function playbookMessage(playbook: PlaybookId, subject: MessageSubject, studio: { name: string; settings: StudioSettings }, asOf: CalendarDate): string | null {
  if (!subject.name) return null;
  const percent = discount(playbook, studio.settings.playbookOffers);
  const endsOn = subject.daysToExpiry === null ? null : addDays(asOf, subject.daysToExpiry);
  // Only known values are passed: a template asking for an unknown one throws rather than leave a gap.
  return fill(template(`playbook-messages/${playbook}.md`), {
    firstName: firstName(subject.name),
    studio: studio.name,
    ...(percent === null ? {} : { discount: formatPercent(percent / 100, 2) }),
    ...(endsOn ? { expiresOn: formatDate(endsOn), expiredOn: formatDate(endsOn) } : {}),
  });
}
