/**
 * Turns the simulated studio into the Tecnofit workbooks, as bytes. Deterministic by construction:
 * SheetJS writes zip entries without timestamps, and the document properties (including the creation
 * date, taken from the snapshot date, never from the clock) are set explicitly.
 */
import * as XLSX from 'xlsx';
import type { WorkSheet } from 'xlsx';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { previousSnapshotDate } from './report-dates.ts';
import { acceptanceSheet } from './sheets/acceptance.ts';
import { attendanceSheet } from './sheets/attendance.ts';
import { blocksSheet } from './sheets/blocks.ts';
import { clientStatusSheet } from './sheets/client-status.ts';
import { contractBalancesSheet } from './sheets/contract-balances.ts';
import { contractsSheet } from './sheets/contracts.ts';
import { prospectsSheet } from './sheets/prospects.ts';
import { salesSheet } from './sheets/sales.ts';
import type { Studio } from './studio-records.ts';

/** The layouts of DOMAIN.md §1. */
export type Layout = 'contract balances' | 'sales / receipts' | 'prospects / funnel' | 'contract acceptance' | 'client status' | 'blocks' | 'contracts' | 'attendance';

export interface DemoSheet {
  name: string;
  layout: Layout;
  /** The day the sheet describes (a period's last day for reports over a period). */
  snapshot: CalendarDate;
}

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
  sheets: DemoSheet[];
}

function workbookBytes(title: string, snapshot: CalendarDate, sheets: readonly (readonly [string, WorkSheet])[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of sheets) XLSX.utils.book_append_sheet(book, sheet, name);
  book.Props = { Title: title, Author: 'Tecnofit', LastAuthor: 'Tecnofit', Company: 'Tecnofit', CreatedDate: new Date(`${snapshot}T06:00:00Z`) };
  // SheetJS numbers custom formats from a process-wide table that every earlier write adds to, unless
  // the workbook brings its own (the typings omit the field). Starting each workbook from "General"
  // alone keeps the bytes independent of what was written before, and keeps the library's
  // Chinese-locale default formats out of styles.xml.
  Object.assign(book, { SSF: { 0: 'General' } });
  const bytes: unknown = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true });
  if (!(bytes instanceof Uint8Array)) throw new Error('SheetJS did not return a buffer');
  return bytes;
}

function file(name: string, title: string, snapshot: CalendarDate, sheets: readonly (readonly [string, Layout, WorkSheet])[]): DemoFile {
  return {
    name,
    bytes: workbookBytes(title, snapshot, sheets.map(([sheetName, , sheet]) => [sheetName, sheet] as const)),
    sheets: sheets.map(([sheetName, layout]) => ({ name: sheetName, layout, snapshot })),
  };
}

export function tecnofitWorkbooks(studio: Studio): DemoFile[] {
  const { asOf } = studio;
  const previous = previousSnapshotDate(asOf);
  return [
    file('funil_vendas.xlsx', 'Funil de vendas', asOf, [
      ['venc_ctr', 'contract balances', contractBalancesSheet(studio, asOf)],
      ['vendas_totais', 'sales / receipts', salesSheet(studio)],
      ['prospects', 'prospects / funnel', prospectsSheet(studio)],
    ]),
    file(`funil_vendas_${previous}.xlsx`, 'Funil de vendas', previous, [['venc_ctr', 'contract balances', contractBalancesSheet(studio, previous)]]),
    file('clientes.xlsx', 'Clientes', asOf, [
      ['aceite_ctr', 'contract acceptance', acceptanceSheet(studio)],
      ['clientes_ativos', 'client status', clientStatusSheet(studio)],
      ['status_completo', 'blocks', blocksSheet(studio)],
      ['conversoes', 'contracts', contractsSheet(studio)],
    ]),
    file('frequencia.xlsx', 'Relatório de frequência', asOf, [['frequencia', 'attendance', attendanceSheet(studio)]]),
  ];
}
