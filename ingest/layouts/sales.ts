/** `vendas_totais`: every receipt, once. */
import { defineLayout, field } from './layout.ts';

export const salesLayout = defineLayout({
  id: 'sales',
  label: 'vendas',
  fields: {
    receipt: field('code', ['Recibo'], { required: true, requiredValue: true }),
    code: field('code', ['Código']),
    name: field('name', ['Cliente']),
    status: field('text', ['Status']),
    description: field('text', ['Descrição']),
    value: field('money', ['Valor'], { required: true, requiredValue: true, min: 0 }),
    paymentMethod: field('text', ['Forma de Pagamento']),
    soldAt: field('datetime', ['Data'], { required: true, requiredValue: true }),
    origin: field('text', ['Origem']),
    receiptResponsible: field('consultant', ['Responsável Recibo']),
    consultant: field('consultant', ['Consultor']),
  },
});
