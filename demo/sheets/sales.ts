/**
 * `vendas_totais`: every receipt of the three-year history, numbered in the order paid. Quirks: title
 * rows and two blank rows; Código as a plain number; Valor as a currency-formatted number cell; Data
 * as text "dd/mm/yyyy HH:MM:SS"; consultants as "CONSULTOR PADRÃO - MATEUS --". Status is the status
 * of the contract sold, as of the export. Aggregator members pay the studio nothing: no receipts.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { contractStatusOn } from '../client-state.ts';
import { plan } from '../plans.ts';
import { consultantLabel, receiptIssuer } from '../staff.ts';
import type { Client, Contract, Payment, Studio } from '../studio-records.ts';
import { brazilianDate, currency, integer, text, textDateTime } from './cells.ts';
import { numberedName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const salesHeader = [
  'Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor',
] as const;

/** The first receipt number of the history. */
const firstReceipt = 48_213;

export interface Receipt {
  client: Client;
  contract: Contract;
  payment: Payment;
}

/** Payments made from the start of the history to as-of, in the order they were made. */
export function receipts(studio: Studio): Receipt[] {
  const list: Receipt[] = [];
  for (const client of studio.clients) {
    for (const contract of client.contracts) {
      const payment = contract.payment;
      if (payment && payment.at.date >= studio.historyStart && payment.at.date <= studio.asOf) list.push({ client, contract, payment });
    }
  }
  return list.sort((a, b) => {
    const x = a.payment.at;
    const y = b.payment.at;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    return x.secondOfDay !== y.secondOfDay ? x.secondOfDay - y.secondOfDay : a.client.code - b.client.code;
  });
}

export function salesSheet(studio: Studio): WorkSheet {
  const rows: CellObject[][] = receipts(studio).map(({ client, contract, payment }, index) => [
    integer(firstReceipt + index),
    integer(client.code),
    text(numberedName(client)),
    text(contractStatusOn(contract, studio.asOf)),
    text(plan(contract.planId).name),
    currency(payment.centavos),
    text(payment.method),
    textDateTime(payment.at, true),
    text(payment.origin),
    text(receiptIssuer(payment.at.secondOfDay / 60, payment.method === 'Recorrente')),
    text(consultantLabel(contract.consultant)),
  ]);
  return reportSheet(
    {
      titles: ['Tecnofit', 'Vendas totais', `Período: ${brazilianDate(studio.historyStart)} a ${brazilianDate(studio.asOf)}`],
      blankRowsBeforeHeader: 2,
      leadingEmptyColumns: 0,
      widths: [9, 9, 34, 12, 38, 13, 20, 20, 18, 34, 34],
    },
    salesHeader,
    rows,
  );
}
