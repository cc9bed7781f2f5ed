/** The "status completo / bloqueios" report: who is blocked, since when, and what they owe. */
import { defineLayout, field } from './layout.ts';

export const blocksLayout = defineLayout({
  id: 'blocks',
  label: 'bloqueios',
  fields: {
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    name: field('name', ['Cliente']),
    contacts: field('contacts', ['Contatos']),
    email: field('email', ['E-mail']),
    status: field('customer-status', ['Status Cliente'], { required: true }),
    blockedOn: field('date', ['Data de Bloqueio'], { required: true }),
    daysBlocked: field('integer', ['Total de dias bloqueados'], { required: true, min: 0 }),
    overdue: field('money', ['Pagamentos em atraso'], { min: 0 }),
  },
});
