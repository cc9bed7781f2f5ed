/**
 * A checked file as a FileParse that reads itself when asked: SheetJS opens the whole workbook on the
 * first request, then each sheet's events are produced one by one, in file order. A file SheetJS cannot
 * open fails as its first sheet, with the pt-BR reason.
 */
import { InputError } from '../domain/input-error.ts';
import { FileParse } from './file-parse.ts';
import { readSheets, type FileKind, type RawSheet } from './read-workbook.ts';
import { sheetEvents, type SheetEvent } from './sheet-events.ts';

export function readFile(bytes: Uint8Array, file: string, kind: FileKind): FileParse {
  let sheets: RawSheet[] | null = null;
  let index = 0;
  let events: Iterator<SheetEvent> | null = null;
  return new FileParse(file, (parse) => {
    if (!sheets) {
      try {
        sheets = readSheets(bytes, file, kind);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        sheets = [];
        parse.receive(0, { type: 'failed', detail: error.detail, location: error.location });
        return true;
      }
      parse.sheetNames = sheets.map((sheet) => sheet.name);
      return true;
    }
    while (index < sheets.length) {
      events ??= sheetEvents(sheets[index]!, file);
      const next = events.next();
      if (!next.done) {
        parse.receive(index, next.value);
        return true;
      }
      // The sheet is fully read: let SheetJS's copy of it go.
      sheets[index] = { ...sheets[index]!, rows: [] };
      index++;
      events = null;
    }
    return false;
  });
}
