/**
 * `conversoes`: every contract of the history (trial classes, drop-ins, plans, GYMPASS/TOTALPASS
 * months), with the client's and the contract's status as of the export. Quirks: names as registered
 * (ordinary case, no number); Código as a number reading "1002.0"; Valor as text "R$ 1.234,56";
 * Início as a real date cell but Vencimento as text dd/mm/yyyy.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { clientStatusOn, contractStatusOn } from '../client-state.ts';
import { plan } from '../plans.ts';
import type { Client, Contract, Studio } from '../studio-records.ts';
import { dateCell, decimalCode, reaisText, text, textDate } from './cells.ts';
import { reportSheet } from './report-frame.ts';

const contractsHeader = [
  'Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento',
] as const;

export function contractsSheet(studio: Studio): WorkSheet {
  const { asOf, historyStart } = studio;
  const entries: { client: Client; contract: Contract }[] = [];
  for (const client of studio.clients) {
    for (const contract of client.contracts) {
      if (contract.end >= historyStart && contract.start <= asOf) entries.push({ client, contract });
    }
  }
  entries.sort((a, b) => (a.contract.start !== b.contract.start ? (a.contract.start < b.contract.start ? -1 : 1) : a.client.code - b.client.code));
  const rows: CellObject[][] = entries.map(({ client, contract }) => [
    decimalCode(client.code),
    text(client.identity.name),
    text(clientStatusOn(client, asOf)),
    text(client.identity.emailValid ? 'Sim' : 'Não'),
    text(plan(contract.planId).name),
    text(contractStatusOn(contract, asOf)),
    reaisText(contract.valueCentavos),
    dateCell(contract.start),
    textDate(contract.end),
  ]);
  return reportSheet(
    { titles: ['Tecnofit', 'Conversões - contratos'], blankRowsBeforeHeader: 1, leadingEmptyColumns: 0, widths: [9, 34, 14, 12, 38, 14, 14, 12, 12] },
    contractsHeader,
    rows,
  );
}
