/** `venc_ctr`: each active contract's sessions per week and in total, as of the export. */
import { defineLayout, field } from './layout.ts';

export const contractBalancesLayout = defineLayout({
  id: 'contract-balances',
  label: 'saldos de contratos',
  fields: {
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    name: field('name', ['Cliente']),
    plan: field('plan', ['Contrato'], { required: true, requiredValue: true }),
    endsOn: field('date', ['Vencimento'], { required: true }),
    weeklyContracted: field('integer', ['Contratadas por semana'], { min: 0 }),
    weeklyUsed: field('integer', ['Utilizadas na semana'], { min: 0 }),
    weeklyAvailable: field('integer', ['Disponíveis na semana']),
    totalContracted: field('integer', ['Contratadas'], { required: true, min: 0 }),
    totalUsed: field('integer', ['Utilizadas'], { required: true, min: 0 }),
    totalAvailable: field('integer', ['Disponíveis']),
  },
});
