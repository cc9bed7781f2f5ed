/** `aceite_ctr`: whether each client accepted the current version of the contract. */
import { defineLayout, field } from './layout.ts';

export const contractAcceptanceLayout = defineLayout({
  id: 'contract-acceptance',
  label: 'aceites de contrato',
  fields: {
    code: field('code', ['Código'], { required: true, requiredValue: true }),
    name: field('name', ['Cliente']),
    contract: field('text', ['Contrato'], { required: true, requiredValue: true }),
    lastAcceptedAt: field('datetime', ['Último Aceite'], { required: true }),
    version: field('text', ['Versão']),
    status: field('acceptance-status', ['Status'], { required: true, requiredValue: true }),
    /** Tecnofit shows the label of its resend action ("Reenviar") where a resend is possible. */
    resend: field('text', ['Reenviar', 'Reenvia']),
  },
});
