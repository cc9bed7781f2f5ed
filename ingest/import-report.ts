/** The import report: what each file and sheet did, in the JSON shape `pulso import --json` prints. */
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { MoneyDecision, Rejection } from './parse-sheet.ts';

export interface SheetReport {
  sheet: string;
  /** The layout's id, or null for a sheet that matched none (ignored, reported). */
  layout: string | null;
  /** pt-BR name of the layout, for people. */
  layoutLabel: string | null;
  snapshotOn: CalendarDate | null;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  moneyDecisions: MoneyDecision[];
  warnings: string[];
}

export type FileStatus = 'applied' | 'duplicate' | 'dry_run' | 'failed';

export interface FileReport {
  file: string;
  status: FileStatus;
  /** The imports row, when one was written. */
  importId: number | null;
  sha256: string;
  asOf: CalendarDate | null;
  sheets: SheetReport[];
  warnings: string[];
  /** For a failed file: the pt-BR reason, and nothing was written. */
  error?: string;
}
