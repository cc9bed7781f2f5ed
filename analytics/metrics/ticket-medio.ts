/**
 * Ticket médio: what a paying client paid on average in a period: revenue / distinct paying clients.
 * (Per client rather than per receipt, because a quarterly plan is one receipt for three months of a
 * client, and the what-if model multiplies clients by ticket.) Example: R$ 29.000,00 from 100 clients
 * → R$ 290,00. Null without paying clients.
 */
export function ticketMedio(revenueCents: number, payingCustomers: number): number | null {
  return payingCustomers > 0 ? Math.round(revenueCents / payingCustomers) : null;
}
