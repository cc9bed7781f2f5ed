/** `conversoes` / contracts: every contract with its value, start and end. */
import { defineLayout, field } from './layout.ts';

export const contractsLayout = defineLayout({
  id: 'contracts',
  label: 'contratos',
  fields: {
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    name: field('name', ['Cliente']),
    customerStatus: field('customer-status', ['Status Cliente']),
    emailValid: field('yes-no', ['E-mail válido']),
    plan: field('plan', ['Contrato'], { required: true, requiredValue: true }),
    status: field('contract-status', ['Status Contrato'], { required: true }),
    value: field('money', ['Valor'], { min: 0 }),
    startsOn: field('date', ['Início'], { required: true }),
    endsOn: field('date', ['Vencimento'], { required: true }),
  },
});
