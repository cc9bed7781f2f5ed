import { describe, expect, it } from 'vitest';
import { playbookIds, type PlaybookId } from '../analytics/playbook.ts';
import { defaultStudioSettings, type StudioSettings } from '../db/studio-settings.ts';
import { playbookMessage, type MessageSubject } from './playbook-message.ts';

const asOf = '2026-11-24';
const studio = { name: 'Estúdio Movimento', settings: defaultStudioSettings() };
const bruno: MessageSubject = { name: 'BRUNO LIMA 91', daysToExpiry: null };

/** The days to expiry each playbook's client would have. */
function subjectFor(playbook: PlaybookId): MessageSubject {
  if (playbook === 'expired-without-renewal') return { ...bruno, daysToExpiry: -5 };
  if (playbook === 'expires-within-7-days-low-use') return { ...bruno, daysToExpiry: 7 };
  if (playbook === 'expires-within-15-days') return { ...bruno, daysToExpiry: 10 };
  return bruno;
}

function withOffers(offers: Partial<StudioSettings['playbookOffers']>) {
  const settings = defaultStudioSettings();
  return { name: studio.name, settings: { ...settings, playbookOffers: { ...settings.playbookOffers, ...offers } } };
}

describe('playbookMessage', () => {
  it.each(playbookIds)('fills the template of %s completely and greets the client by first name', (playbook) => {
    const message = playbookMessage(playbook, subjectFor(playbook), studio, asOf);
    expect(message).not.toBeNull();
    expect(message).not.toContain('{{');
    expect(message).not.toContain('}}');
    expect(message!.startsWith('Oi, Bruno')).toBe(true);
    expect(message).not.toContain('BRUNO');
    expect(message).not.toContain('91');
    // No empty gap where a value was missing.
    expect(message).not.toMatch(/ {2}| [,.?!]/);
  });

  it('reproduces the blocked 4–7 days message word for word', () => {
    expect(playbookMessage('blocked-4-7-days', bruno, studio, asOf)).toBe(
      'Oi, Bruno, tudo bem? Aqui é do Estúdio Movimento. Seu plano está pausado há alguns dias e a gente quer muito você de volta aos treinos. ' +
        'Se reativar esta semana, você tem 10 % de desconto na mensalidade. Posso te mandar o link?',
    );
  });

  it("shows the studio's default discounts: 10 %, 15 %, 20 %", () => {
    expect(playbookMessage('blocked-4-7-days', bruno, studio, asOf)).toContain('10 % de desconto');
    expect(playbookMessage('blocked-8-14-days', bruno, studio, asOf)).toContain('15 % de desconto');
    expect(playbookMessage('blocked-15-plus-days', bruno, studio, asOf)).toContain('20 % de desconto');
  });

  it("shows the discounts the studio set, exactly as set", () => {
    const custom = withOffers({ blocked4to7DaysDiscountPercent: 12, blocked8to14DaysDiscountPercent: 12.5, blocked15PlusDaysDiscountPercent: 30 });
    expect(playbookMessage('blocked-4-7-days', bruno, custom, asOf)).toContain('12 % de desconto');
    // Never rounded up to an offer the studio did not make.
    expect(playbookMessage('blocked-8-14-days', bruno, custom, asOf)).toContain('12,5 % de desconto');
    expect(playbookMessage('blocked-15-plus-days', bruno, custom, asOf)).toContain('30 % de desconto');
  });

  it('offers no discount in the other playbooks', () => {
    for (const playbook of playbookIds.filter((id) => !id.startsWith('blocked-') || id === 'blocked-0-3-days')) {
      expect(playbookMessage(playbook, subjectFor(playbook), studio, asOf)).not.toContain('%');
    }
  });

  it('writes the expiry date as dd/mm/yyyy, counted from the as-of date', () => {
    // 2026-11-24 + 10 days = 2026-12-04; + 7 = 2026-12-01; − 5 = 2026-11-19.
    expect(playbookMessage('expires-within-15-days', { ...bruno, daysToExpiry: 10 }, studio, asOf)).toContain('vence em 04/12/2026');
    expect(playbookMessage('expires-within-7-days-low-use', { ...bruno, daysToExpiry: 7 }, studio, asOf)).toContain('vence em 01/12/2026');
    expect(playbookMessage('expired-without-renewal', { ...bruno, daysToExpiry: -5 }, studio, asOf)).toContain('venceu em 19/11/2026');
    // Across a year end: 2026-12-28 + 8 days = 2027-01-05.
    expect(playbookMessage('expires-within-15-days', { ...bruno, daysToExpiry: 8 }, studio, '2026-12-28')).toContain('vence em 05/01/2027');
  });

  it("names the studio", () => {
    expect(playbookMessage('acceptance-pending-48h', bruno, studio, asOf)).toContain('contrato do Estúdio Movimento');
    expect(playbookMessage('blocked-0-3-days', bruno, { ...studio, name: 'Calistenia Centro' }, asOf)).toContain('cortesia do Calistenia Centro');
  });

  it('keeps the accents of the first name', () => {
    expect(playbookMessage('lead-silent', { name: 'ANTÔNIO GOMES 78', daysToExpiry: null }, studio, asOf)!.startsWith('Oi, Antônio!')).toBe(true);
  });

  it('returns null for a client without a name (erased under LGPD)', () => {
    expect(playbookMessage('blocked-4-7-days', { name: null, daysToExpiry: null }, studio, asOf)).toBeNull();
    expect(playbookMessage('lead-silent', { name: '', daysToExpiry: null }, studio, asOf)).toBeNull();
  });
});
