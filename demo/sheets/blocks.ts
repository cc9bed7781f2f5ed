/**
 * The "status completo / bloqueios" sheet: every client's contacts and status, and for those blocked
 * today, since when, for how many days and what they owe. Quirks: an empty first column and two blank
 * rows; Código as text; Data de Bloqueio as a real date cell; Pagamentos em atraso as plain "290,00"
 * ("0,00" when nothing is owed); "-" for no block, no phone, no e-mail.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { daysBetween, type CalendarDate } from '../../domain/calendar-date.ts';
import { blockOn, clientStatusOn } from '../client-state.ts';
import type { Block, Client, Studio } from '../studio-records.ts';
import { dateCell, integer, plainDecimal, text, unknown } from './cells.ts';
import { numberedName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const blocksHeader = [
  'Código', 'Cliente', 'Contatos', 'E-mail', 'Status Cliente', 'Data de Bloqueio', 'Total de dias bloqueados', 'Pagamentos em atraso',
] as const;

/** The block holding the client today, if any. */
function currentBlock(client: Client, asOf: CalendarDate): Block | null {
  for (const contract of client.contracts) {
    const block = contract.start <= asOf ? blockOn(contract, asOf) : null;
    if (block) return block;
  }
  return null;
}

export function blocksSheet(studio: Studio): WorkSheet {
  const rows: CellObject[][] = [...studio.clients]
    .sort((a, b) => a.code - b.code)
    .map((client) => {
      const status = clientStatusOn(client, studio.asOf);
      const block = status === 'Bloqueado' ? currentBlock(client, studio.asOf) : null;
      return [
        text(String(client.code)),
        text(numberedName(client)),
        client.identity.phone ? text(client.identity.phone) : unknown(),
        client.identity.email ? text(client.identity.email) : unknown(),
        text(status),
        block ? dateCell(block.start) : unknown(),
        block ? integer(daysBetween(block.start, studio.asOf)) : unknown(),
        plainDecimal(block?.overdueCentavos ?? 0),
      ];
    });
  return reportSheet(
    { titles: ['Tecnofit', 'Status completo / Bloqueios'], blankRowsBeforeHeader: 2, leadingEmptyColumns: 1, widths: [9, 34, 18, 32, 14, 16, 12, 14] },
    blocksHeader,
    rows,
  );
}
