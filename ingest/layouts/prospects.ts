/** The prospects (sales funnel) sheet: leads, their consultant, visit and first contract. */
import { defineLayout, field } from './layout.ts';

export const prospectsLayout = defineLayout({
  id: 'prospects',
  label: 'prospects',
  fields: {
    name: field('name', ['Nome', 'Cliente'], { required: true, requiredValue: true }),
    // The key of leads from the export and of the client they become: a row without one cannot be stored.
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    consultant: field('consultant', ['Consultor']),
    prospectAt: field('datetime', ['Data'], { required: true }),
    status: field('customer-status', ['Status atual'], { required: true }),
    firstContract: field('text', ['Primeiro Contrato'], { required: true }),
    value: field('money', ['Valor'], { min: 0 }),
    appointments: field('integer', ['Agendamentos'], { min: 0 }),
    contacts: field('contacts', ['Contatos']),
    classes: field('text', ['Turmas']),
    visitType: field('text', ['Tipo Visita']),
    origin: field('text', ['Origem']),
    emailValidated: field('yes-no', ['E-mail Validado']),
  },
});
