/**
 * Active MRR: the monthly value (contract value × 30 / period) of every active client's current plan,
 * summed; blocked clients are left out, their contracts being suspended for non-payment. Revenue at
 * risk: the same sum over the clients on today's risk list. Example: active clients worth R$ 290,00,
 * R$ 355,00 and R$ 380,00 a month → MRR R$ 1.025,00; if the last is at risk, R$ 380,00 at risk.
 */
export interface ValuedClient {
  status: string | null;
  monthlyValueCents: number | null;
  atRisk: boolean;
}

export function activeMrrCents(clients: ValuedClient[]): number {
  return clients.filter((client) => client.status === 'Ativo').reduce((sum, client) => sum + (client.monthlyValueCents ?? 0), 0);
}

export function revenueAtRiskCents(clients: ValuedClient[]): number {
  return clients.filter((client) => client.atRisk).reduce((sum, client) => sum + (client.monthlyValueCents ?? 0), 0);
}
