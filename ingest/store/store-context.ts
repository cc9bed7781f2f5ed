/** What every sheet's store step needs to know about the import it belongs to. */
import type { PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { LayoutFields, LayoutRow } from '../layouts/layout.ts';
import type { WriteCounts } from './merge-upsert.ts';

export interface StoreContext {
  /** The import's transaction. */
  db: PulsoDb;
  studioId: number;
  importId: number;
  /** The date the sheet's point-in-time facts are stored under. */
  snapshotOn: CalendarDate;
  /** The studio's zone, in which the exports' wall-clock times are written. */
  timeZone: string;
  /** The report's own period, when its title rows state one. */
  period: { start: CalendarDate | null; end: CalendarDate } | null;
  /**
   * What this import has already written about each client, by Código: a later sheet naming the same
   * client with nothing new (a sales export names each client on every receipt) writes nothing again.
   */
  customersWritten: Map<string, { id: number; facts: Record<string, unknown> }>;
}

export interface StoreResult {
  counts: WriteCounts;
  /** Data-quality findings in pt-BR: invalid e-mails and phones, duplicates, unmatched names. */
  warnings: string[];
}

/** A sheet's store, given the sheet's rows in chunks as they are parsed, and asked for its result at the end. */
export interface SheetWriter<Row = LayoutRow<LayoutFields>> {
  /** Takes a chunk; it may still be being written when this resolves (the next chunk waits for it). */
  add(rows: Row[]): Promise<void>;
  /** Waits for every chunk to be written. */
  finish(): Promise<StoreResult>;
}
