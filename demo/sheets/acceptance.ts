/**
 * `aceite_ctr`: whether each member accepted the terms of their current contract. Quirks: the last
 * column is headed "Reenvia" (not "Reenviar"); Código as text; Último Aceite as text
 * "Aceito em dd/mm/yyyy HH:MM", "-" while pending. An acceptance after as-of is still pending here.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { addDays } from '../../domain/calendar-date.ts';
import { contractStatusOn } from '../client-state.ts';
import { plan } from '../plans.ts';
import type { Contract, Studio } from '../studio-records.ts';
import { acceptedText, integer, text, unknown } from './cells.ts';
import { numberedName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const acceptanceHeader = ['Código', 'Cliente', 'Contrato', 'Último Aceite', 'Versão', 'Status', 'Reenvia'] as const;

/** Contracts started within this many days are listed even when no longer current. */
const recentDays = 60;

export function acceptanceSheet(studio: Studio): WorkSheet {
  const { asOf } = studio;
  const rows: CellObject[][] = [];
  for (const client of studio.clients) {
    if (client.excluded) continue;
    const current = client.contracts.filter((c): c is Contract & { acceptance: NonNullable<Contract['acceptance']> } => {
      if (c.acceptance === null || c.start > asOf) return false;
      const status = contractStatusOn(c, asOf);
      return status === 'Ativo' || status === 'Bloqueado' || c.start >= addDays(asOf, -recentDays);
    });
    const contract = current[current.length - 1];
    if (!contract) continue;
    const accepted = contract.acceptance.acceptedAt;
    const isAccepted = accepted !== null && accepted.date <= asOf;
    rows.push([
      text(String(client.code)),
      text(numberedName(client)),
      text(plan(contract.planId).name),
      isAccepted ? acceptedText(accepted) : unknown(),
      integer(contract.acceptance.version),
      text(isAccepted ? 'Aceito' : 'Aguardando aceite'),
      isAccepted ? unknown() : text('Reenviar'),
    ]);
  }
  return reportSheet(
    { titles: ['Tecnofit', 'Aceite de contratos'], blankRowsBeforeHeader: 1, leadingEmptyColumns: 0, widths: [9, 34, 38, 26, 8, 18, 10] },
    acceptanceHeader,
    rows,
  );
}
