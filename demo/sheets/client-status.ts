/**
 * `clientes_ativos`: the whole client base with its status, one row per client code (all statuses,
 * despite the sheet's name). Quirks: no title, the header on the first row; Cliente desde as text
 * dd/mm/yyyy; Continuidade (meses) with a decimal comma ("7,5", "0,0").
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { clientStatusOn, continuityMonths, startedContracts } from '../client-state.ts';
import type { Studio } from '../studio-records.ts';
import { decimalComma, integer, text, textDate } from './cells.ts';
import { numberedName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const clientStatusHeader = ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'] as const;

export function clientStatusSheet(studio: Studio): WorkSheet {
  const rows: CellObject[][] = [...studio.clients]
    .sort((a, b) => a.code - b.code)
    .map((client) => [
      integer(client.code),
      text(numberedName(client)),
      textDate(client.registeredOn),
      text(clientStatusOn(client, studio.asOf)),
      decimalComma(continuityMonths(client, studio.asOf), 1),
      integer(startedContracts(client, studio.asOf).length),
    ]);
  return reportSheet({ titles: [], blankRowsBeforeHeader: 0, leadingEmptyColumns: 0, widths: [9, 34, 14, 14, 20, 10] }, clientStatusHeader, rows);
}
