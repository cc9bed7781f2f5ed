/**
 * A checked file as a FileParse that reads itself when asked: the workbook is opened (its sheet names
 * known) on the first request, then each sheet is parsed by SheetJS when its turn comes and its events
 * are produced one by one, in file order. A file SheetJS cannot open fails as its first sheet, a sheet
 * it cannot read fails as itself, each with the pt-BR reason.
 */
import { InputError } from '../domain/input-error.ts';
import { FileParse } from './file-parse.ts';
import { openWorkbook, type FileKind, type OpenWorkbook } from './read-workbook.ts';
import { sheetEvents, type SheetEvent } from './sheet-events.ts';

export function readFile(bytes: Uint8Array, file: string, kind: FileKind): FileParse {
  let workbook: OpenWorkbook | null = null;
  let index = 0;
  let events: Iterator<SheetEvent> | null = null;
  return new FileParse(file, (parse) => {
    if (!workbook) {
      try {
        workbook = openWorkbook(bytes, file, kind);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // Nothing more to read: the file's one event is its failure.
        workbook = { names: [], sheet: () => { throw error; } };
        parse.receive(0, { type: 'failed', detail: error.detail, location: error.location });
        return true;
      }
      parse.sheetNames = workbook.names;
      return true;
    }
    while (index < workbook.names.length) {
      events ??= sheetEvents(workbook.sheet.bind(null, index), file);
      const next = events.next();
      if (!next.done) {
        parse.receive(index, next.value);
        return true;
      }
      index++;
      events = null;
    }
    return false;
  });
}
