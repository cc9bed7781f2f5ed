/** What every sheet's store step needs to know about the import it belongs to. */
import type { PulsoDb } from '../../db/database.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
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
}

export interface StoreResult {
  counts: WriteCounts;
  /** Data-quality findings in pt-BR: invalid e-mails and phones, duplicates, unmatched names. */
  warnings: string[];
}
