/**
 * The consultants' league table for a period: revenue, receipts and share of the studio's revenue,
 * highest revenue first. Example: Mateus R$ 600,00 and Camila R$ 400,00 → Mateus 60 %, Camila 40 %.
 */
import { rate } from './rate.ts';

export function leagueTable(byConsultant: { key: string; cents: number; receipts: number }[]) {
  const total = byConsultant.reduce((sum, row) => sum + row.cents, 0);
  return byConsultant
    .map((row) => ({ consultant: row.key, revenueCents: row.cents, receipts: row.receipts, share: rate(row.cents, total) }))
    .sort((a, b) => b.revenueCents - a.revenueCents || a.consultant.localeCompare(b.consultant));
}
