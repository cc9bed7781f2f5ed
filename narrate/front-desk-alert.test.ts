import { describe, expect, it } from 'vitest';
import { frontDeskAlertText } from './front-desk-alert.ts';

const carla = { code: '1002', name: 'Carla Souza', risk: 72, reasons: ['bloqueada há 2 dias', 'pagamento em atraso de R$ 290,00', 'sem aulas há 15 dias'], message: 'Oi, Carla!' };

describe('frontDeskAlertText', () => {
  it('lists tasks with deadline, reasons and message, then what Pulso sends by itself, then how to report', () => {
    const text = frontDeskAlertText({
      recipientName: 'Júlia Ramos',
      hour: 8,
      today: '2026-11-24',
      blocks: [
        { playbook: 'blocked-0-3-days', mode: 'task', deadlineHours: 24, clients: [carla] },
        { playbook: 'gympass-8-plus-presences', mode: 'task', deadlineHours: 168, clients: [{ code: '1010', name: 'Rui Lima', risk: 10, reasons: [], message: 'Oi, Rui!' }] },
        { playbook: 'expires-within-15-days', mode: 'automatic', deadlineHours: null, clients: [{ code: '1003', name: 'Ana Reis', risk: 20, reasons: [], message: 'Oi, Ana!' }] },
        { playbook: 'lead-silent', mode: 'manual', deadlineHours: null, clients: [{ code: null, name: null, risk: null, reasons: [], message: 'Oi! Aqui é do estúdio.' }] },
      ],
      followingUpCount: 2,
      followUpDays: 3,
    });
    expect(text).toBe(
      [
        'Bom dia, Júlia! *Contatos de hoje* (terça-feira, 24/11/2026): 4 clientes',
        '*bloqueado há até 3 dias: aula cortesia e reagendamento* · prazo: 24 h\n1. *Carla Souza* (1002) · risco 72\n   Motivos: bloqueada há 2 dias; pagamento em atraso de R$ 290,00\n   Mensagem pronta: "Oi, Carla!"',
        '*GYMPASS frequente: oferta de plano direto* · prazo: 7 dias\n2. *Rui Lima* (1010) · risco 10\n   Mensagem pronta: "Oi, Rui!"',
        '*vence em até 15 dias: lembrete de renovação* · o Pulso envia a mensagem automática a: Ana Reis (1003)',
        '*lead sem resposta: acompanhamento curto* · envio automático desligado; se quiser, envie você:\n3. *sem nome* · lead\n   Mensagem pronta: "Oi! Aqui é do estúdio."',
        'Em acompanhamento (contatados nos últimos 3 dias, fora da lista): 2 clientes.',
        'Quando falar com alguém, me conte: "contatei Carla", "Carla renovou" ou "sem resposta Carla".',
      ].join('\n\n'),
    );
  });

  it('says plainly when there is nobody to contact', () => {
    expect(frontDeskAlertText({ recipientName: 'Júlia', hour: 14, today: '2026-11-24', blocks: [], followingUpCount: 0, followUpDays: 3 })).toBe(
      'Boa tarde, Júlia! *Contatos de hoje* (terça-feira, 24/11/2026): ninguém para contatar hoje.',
    );
  });
});
