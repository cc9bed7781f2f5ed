/**
 * A file being read sheet by sheet while it is written: what is known so far about each sheet, and its
 * parsed rows as they come. The file is read lazily, one event at a time: when the writer needs the
 * next thing (what a sheet is, its next chunk of rows), and ahead of it while the database is busy with
 * a write (bounded, see maxRowsAhead). Parsing thus overlaps the database's work (0.5 s of a 100,000-row
 * import). Which sheet is written next, and which error a bad file reports, follow the file's order.
 */
import { InputError } from '../domain/input-error.ts';
import type { SheetEvent } from './sheet-events.ts';
import { storeOrder } from './store/sheet-stores.ts';

type RowsEvent = SheetEvent & { type: 'rows' };
export type RecognizedSheet = SheetEvent & { type: 'recognized' };

export type SheetOutcome =
  | { kind: 'recognized'; sheet: RecognizedSheet }
  | { kind: 'unrecognized'; name: string; hasContent: boolean }
  | { kind: 'failed'; error: InputError };

export interface SheetProgress {
  outcome: SheetOutcome | null;
  /** Parsed rows not yet taken by the writer. */
  chunks: RowsEvent[];
  ended: boolean;
}

/** How far ahead of the writer a file is read: parsed rows waiting in memory replace SheetJS's, so a lot. */
const maxRowsAhead = 50_000;

export class FileParse {
  /** The file's sheets, once the file has been opened. */
  sheetNames: string[] | null = null;
  readonly sheets: SheetProgress[] = [];
  private exhausted = false;
  /** A failure while reading ahead, raised when the writer gets there. */
  private readAheadFailure: unknown = null;

  /**
   * @param fileName for messages.
   * @param readMore reads the next event into this parse; false when the whole file has been read.
   */
  constructor(
    readonly fileName: string,
    private readonly readMore: (parse: FileParse) => boolean,
  ) {}

  sheet(index: number): SheetProgress {
    return (this.sheets[index] ??= { outcome: null, chunks: [], ended: false });
  }

  receive(index: number, event: SheetEvent): void {
    const sheet = this.sheet(index);
    switch (event.type) {
      case 'unrecognized':
        sheet.outcome = { kind: 'unrecognized', name: event.sheet, hasContent: event.hasContent };
        sheet.ended = true;
        break;
      case 'recognized':
        sheet.outcome = { kind: 'recognized', sheet: event };
        break;
      case 'rows':
        sheet.chunks.push(event);
        break;
      case 'end':
        sheet.ended = true;
        break;
      case 'failed':
        // A sheet that fails after it was recognised (a damaged row part) fails the file all the same.
        sheet.outcome = { kind: 'failed', error: new InputError(event.detail, event.location) };
        sheet.ended = true;
        break;
    }
  }

  /** Reads the next event; a file read to its end that still lacks something is a bug, not bad input. */
  private advance(): void {
    if (this.readAheadFailure) throw this.readAheadFailure;
    if (!this.read()) throw new Error(`a leitura de ${this.fileName} terminou antes do esperado`);
  }

  private read(): boolean {
    if (this.exhausted) return false;
    this.exhausted = !this.readMore(this);
    return !this.exhausted;
  }

  /**
   * Reads one more event if the writer is not too far behind; false when there is nothing to do now.
   * Called in the moments the writer waits for the database.
   */
  readAhead(): boolean {
    const waiting = this.sheets.reduce((sum, sheet) => sum + sheet.chunks.reduce((rows, chunk) => rows + chunk.rows.length, 0), 0);
    if (this.readAheadFailure || waiting >= maxRowsAhead) return false;
    try {
      return this.read();
    } catch (error) {
      this.readAheadFailure = error;
      return false;
    }
  }

  /** The real sheets, each with its progress; null until the file is opened. */
  private listed(): SheetProgress[] | null {
    return this.sheetNames ? this.sheetNames.map((_, index) => this.sheet(index)) : null;
  }

  /**
   * The file's error once it is decided: the first failed sheet in file order, once every sheet before
   * it is known; or, once every sheet is known, "nothing recognised". Null while undecided or fine.
   */
  decidedError(): InputError | null {
    const sheets = this.listed() ?? (this.sheets[0]?.outcome?.kind === 'failed' ? [this.sheets[0]] : null);
    if (!sheets) return null;
    for (const sheet of sheets) {
      if (!sheet.outcome) return null;
      if (sheet.outcome.kind === 'failed') return sheet.outcome.error;
    }
    if (!sheets.some((sheet) => sheet.outcome?.kind === 'recognized')) {
      return new InputError(
        'Nenhuma planilha do arquivo foi reconhecida: o Pulso procura os cabeçalhos dos relatórios do Tecnofit (por exemplo "Código", "Cliente", "Contrato"). Confira se é a exportação certa.',
        { file: this.fileName },
      );
    }
    return null;
  }

  /** Reads the rest of the file into memory (tests and checks of a whole file); throws the file's InputError. */
  readToEnd(): SheetOutcome[] {
    while (this.read());
    return this.outcomes();
  }

  /** Every sheet's outcome (reading as far as needed); throws the file's InputError if it has one. */
  outcomes(): SheetOutcome[] {
    for (;;) {
      const error = this.decidedError();
      if (error) throw error;
      const sheets = this.listed();
      if (sheets?.every((sheet) => sheet.outcome)) return sheets.map((sheet) => sheet.outcome!);
      this.advance();
    }
  }

  /**
   * The next recognised sheet to write, in store order (clients before the reports that name them, then
   * file order), once no sheet still unknown could come before it; null when all are written.
   */
  nextToWrite(written: Set<number>): { index: number; sheet: RecognizedSheet } | null {
    for (;;) {
      const error = this.decidedError();
      if (error) throw error;
      const sheets = this.listed();
      if (sheets) {
        const rank = (index: number) => {
          const outcome = sheets[index]!.outcome;
          return outcome?.kind === 'recognized' ? storeOrder.indexOf(outcome.sheet.layoutId) : Infinity;
        };
        const indexes = sheets.map((_, index) => index);
        const next = indexes.filter((index) => !written.has(index) && sheets[index]!.outcome?.kind === 'recognized').sort((a, b) => rank(a) - rank(b) || a - b)[0];
        const unknown = indexes.filter((index) => !sheets[index]!.outcome);
        if (next === undefined && unknown.length === 0) return null;
        // An unknown sheet could be any layout: only the first layout in store order may go before it, and only from earlier in the file.
        if (next !== undefined && unknown.every((index) => rank(next) === 0 && index > next)) {
          return { index: next, sheet: (sheets[next]!.outcome as { kind: 'recognized'; sheet: RecognizedSheet }).sheet };
        }
      }
      this.advance();
    }
  }

  /** The next chunk of sheet `index`'s rows, or null at its end. */
  nextChunk(index: number): RowsEvent | null {
    const sheet = this.sheet(index);
    for (;;) {
      const chunk = sheet.chunks.shift();
      if (chunk) return chunk;
      if (sheet.outcome?.kind === 'failed') throw sheet.outcome.error;
      if (sheet.ended) return null;
      this.advance();
    }
  }
}
