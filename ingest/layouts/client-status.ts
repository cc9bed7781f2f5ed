/** `clientes_ativos`: every client's status and continuity, as of the export. */
import { defineLayout, field } from './layout.ts';

export const clientStatusLayout = defineLayout({
  id: 'client-status',
  label: 'status dos clientes',
  fields: {
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    name: field('name', ['Cliente'], { required: true }),
    customerSince: field('date', ['Cliente desde'], { required: true }),
    status: field('customer-status', ['Status atual'], { required: true, requiredValue: true }),
    continuityMonths: field('decimal', ['Continuidade (meses)'], { min: 0 }),
    contracts: field('integer', ['Contratos'], { min: 0 }),
  },
});
