import { describe, expect, it } from 'vitest';
import { studioSettingsSchema } from '../db/studio-settings.ts';
import { clientCardText, type ClientCard } from './client-card.ts';
import { leadAddress, leadGreeting, leadPrices, leadSchedule, leadTrial } from './lead-answers.ts';
import { renewalListText, type Renewal } from './renewal-list.ts';

describe('clientCardText', () => {
  const card: ClientCard = {
    code: '1002',
    name: 'Carla Mendes',
    status: 'Bloqueado',
    planName: 'CALISTENIA 3X SEMANA MENSAL',
    contractEndsOn: '2026-12-05',
    monthlyValueCents: 29_000,
    health: 34,
    healthBand: 'Crítico',
    healthComponents: [
      { component: 'usage', score: 20, weight: 35, explanation: '20 % do ritmo esperado (2 de 10 aulas até agora)' },
      { component: 'engagement', score: null, weight: 10, explanation: 'ainda sem conversas nem NPS deste cliente' },
    ],
    risk: 76,
    riskCategory: 'Crítico',
    reasons: ['bloqueado há 12 dias', 'usou 2 de 10 aulas esperadas até agora (20 % do ritmo)'],
    attendance: { periodStart: '2026-11-01', periodEnd: '2026-11-23', presences: 2, absences: 7 },
    lastPaymentOn: null,
    lastContactedOn: null,
    playbook: 'blocked-8-14-days',
    message: 'Oi, Carla!',
  };

  it('says every line, and "sem dados" where there are none', () => {
    expect(clientCardText(card)).toBe(
      [
        '*Carla Mendes* (1002) · Bloqueado',
        'Plano: CALISTENIA 3X SEMANA MENSAL, vence em 05/12/2026',
        'Valor mensal: R$ 290,00',
        'Saúde: 34 de 100 (Crítico)',
        '   Uso: 20 · 20 % do ritmo esperado (2 de 10 aulas até agora)',
        '   Engajamento: sem dados · ainda sem conversas nem NPS deste cliente',
        'Risco: 76 (Crítico)',
        'Motivos: bloqueado há 12 dias; usou 2 de 10 aulas esperadas até agora (20 % do ritmo)',
        'Frequência de 01/11/2026 a 23/11/2026: 2 presenças e 7 faltas',
        'Nenhum pagamento registrado',
        'O que fazer: bloqueado de 8 a 14 dias: desconto e plano de acompanhamento',
        'Mensagem pronta: "Oi, Carla!"',
      ].join('\n'),
    );
  });
});

describe('renewalListText', () => {
  const renewals: Renewal[] = [
    { code: '7', name: 'Bruno Lima', planName: 'FISIOTERAPIA 1X', endsOn: '2026-11-27', monthlyValueCents: 32_000 },
    { code: '3', name: 'Ana Souza', planName: 'CALISTENIA 2X', endsOn: '2026-11-24', monthlyValueCents: 25_000 },
    { code: '9', name: 'Caio Reis', planName: 'CALISTENIA 3X', endsOn: '2026-11-25', monthlyValueCents: null },
    { code: '5', name: 'Duda Alves', planName: 'CALISTENIA 3X', endsOn: '2026-12-10', monthlyValueCents: 29_000 },
  ];

  it('lists the week soonest first, with the total at stake', () => {
    expect(renewalListText(renewals, '2026-11-24', 'week')).toBe(
      [
        '*Vencem nos próximos 7 dias* (até 01/12/2026): 3 contratos, R$ 570,00 por mês',
        '1. *Ana Souza* (3) · CALISTENIA 2X · vence hoje · R$ 250,00/mês',
        '2. *Caio Reis* (9) · CALISTENIA 3X · vence amanhã',
        '3. *Bruno Lima* (7) · FISIOTERAPIA 1X · vence sexta-feira, 27/11/2026 · R$ 320,00/mês',
      ].join('\n'),
    );
  });

  it('says so when nothing is due', () => {
    expect(renewalListText(renewals, '2026-11-26', 'today')).toBe('Nenhum contrato vence hoje (26/11/2026) sem renovação.');
    expect(renewalListText(renewals, '2026-11-24', 'month').split('\n')[0]).toBe('*Vencem nos próximos 30 dias* (até 24/12/2026): 4 contratos, R$ 860,00 por mês');
  });
});

describe('lead answers', () => {
  const empty = { name: 'Estúdio Movimento', facts: studioSettingsSchema.parse({}).facts };
  const full = {
    name: 'Estúdio Movimento',
    facts: studioSettingsSchema.parse({
      facts: {
        address: 'Rua das Flores, 100, Pinheiros, São Paulo',
        instagram: '@estudiomovimento',
        openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '06:00', closes: '21:00' })).concat([{ weekday: 6, opens: '08:00', closes: '12:00' }]),
        plans: [{ name: 'Calistenia 2x', priceCents: 25_000, sessionsPerWeek: 2 }, { name: 'Avulsa', priceCents: 6_000 }],
        trialClass: { priceCents: 0, description: 'Dura 50 minutos.' },
      },
    }).facts,
  };

  it('answers from the studio’s own facts', () => {
    expect(leadGreeting(full, 19)).toMatch(/^Boa noite! Aqui é do Estúdio Movimento\./);
    expect(leadPrices(full)).toBe(['Nossos planos no Estúdio Movimento:', '• Calistenia 2x (2x por semana): R$ 250,00', '• Avulsa: R$ 60,00', 'Quer experimentar antes? Posso agendar uma aula experimental para você.'].join('\n'));
    expect(leadSchedule(full)).toBe(['Nossos horários:', '• segunda-feira a sexta-feira: 06:00 às 21:00', '• sábado: 08:00 às 12:00'].join('\n'));
    expect(leadAddress(full)).toBe('Estamos em Rua das Flores, 100, Pinheiros, São Paulo. No Instagram: @estudiomovimento.');
    expect(leadTrial(full)).toBe('A aula experimental é gratuita! Dura 50 minutos. Qual dia e horário ficam melhores para você?');
  });

  it('hands over to the team instead of inventing what the studio did not register', () => {
    for (const answer of [leadPrices(empty), leadSchedule(empty), leadAddress(empty)]) expect(answer).toContain('já pedi para alguém te responder');
    expect(leadTrial(empty)).toBe('Vou pedir para a nossa equipe combinar a sua aula experimental com você por aqui.');
  });
});
